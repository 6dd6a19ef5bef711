package io.newsradar.themes;

import java.util.Set;

/**
 * "About, not mentions": what, beyond its query matching somewhere, an article must show for a theme to be
 * tagged. Written in the themes file as {@code require: {in: [title, lead], or_paragraph: 2, or_mentions: 3}};
 * the article passes when ANY of the rules given holds (rules left out never pass). With no rule at all
 * ({@link #NONE}) a match anywhere is enough.
 *
 * <ul>
 *   <li>{@code in}: the query matches the headline and/or the lead on their own, i.e. run against an article
 *       made of only those parts; the lead is the body's first paragraph (the journalistic lead), cut to the
 *       index's lead length ({@code Schema.lead}) when longer;</li>
 *   <li>{@code or_paragraph: k}: some single body paragraph, on its own, matches the query with at least
 *       {@code k} mentions in it (a paragraph that deals with the subject);</li>
 *   <li>{@code or_mentions: n}: the whole article (headline, lead and body) holds at least {@code n}
 *       mentions.</li>
 * </ul>
 * A mention is one match interval of the query (a term, a phrase, a proximity span) as reported by Lucene's
 * {@code Weight.matches}: for {@code A AND B} every occurrence of A and of B counts.
 *
 * <p>{@code focus: <query>} (optional) names what must be prominent when it is narrower than the theme's query:
 * the query then decides whether the article is in scope at all, and the rules above test the focus query
 * instead (e.g. query {@code @us AND @china AND @ai}, focus {@code @rivalry}: the rivalry framing must be in
 * the headline or lead or fill a paragraph). Without it the rules test the theme's query.
 *
 * @param in          parts among {@code title}, {@code lead}; empty when the rule is not used
 * @param orParagraph mentions needed inside one paragraph (&ge; 1), or 0 when the rule is not used
 * @param orMentions  mentions needed in the whole article (&ge; 1), or 0 when the rule is not used
 * @param focus       the focus query with aliases expanded, or empty to test the theme's own query
 */
public record Prominence(Set<String> in, int orParagraph, int orMentions, String focus) {
    /** The parts {@code in} may name. */
    public static final Set<String> PARTS = Set.of("title", "lead");

    /** No requirement: a match anywhere tags the article. */
    public static final Prominence NONE = new Prominence(Set.of(), 0, 0, "");

    public Prominence {
        in = Set.copyOf(in);
        for (String part : in) {
            if (!PARTS.contains(part)) throw new IllegalArgumentException("'in' takes title and/or lead, not '" + part + "'");
        }
        if (orParagraph < 0) throw new IllegalArgumentException("or_paragraph must be >= 1, was " + orParagraph);
        if (orMentions < 0) throw new IllegalArgumentException("or_mentions must be >= 1, was " + orMentions);
        focus = focus == null ? "" : focus.strip();
    }

    /** @return true when no rule is set, so any match is enough */
    public boolean isNone() {
        return in.isEmpty() && orParagraph == 0 && orMentions == 0;
    }

    /** @return a canonical one-line form, e.g. {@code in=[lead, title] or_paragraph=2 or_mentions=3 focus=} (for hashing) */
    public String canonical() {
        return "in=" + in.stream().sorted().toList() + " or_paragraph=" + orParagraph + " or_mentions=" + orMentions
                + " focus=" + focus.replaceAll("\\s+", " ");
    }
}
