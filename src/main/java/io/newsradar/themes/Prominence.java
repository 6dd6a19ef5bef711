package io.newsradar.themes;

import java.util.Set;

/**
 * "About, not mentions": what, beyond its query matching somewhere, an article must show for a theme to be
 * tagged. Written in the themes file as {@code require: {in: [title, lead], or_paragraph: 2, or_mentions: 3}};
 * the article passes when ANY of the rules given holds (rules left out never pass). With no rule at all
 * ({@link #NONE}) a match anywhere is enough.
 *
 * <ul>
 *   <li>{@code in}: the query matches the headline and/or the lead (the body's first paragraph) on their own,
 *       i.e. run against an article made of only those parts;</li>
 *   <li>{@code or_paragraph: k}: some single body paragraph, on its own, matches the query with at least
 *       {@code k} mentions in it (a paragraph that deals with the subject);</li>
 *   <li>{@code or_mentions: n}: the whole article (headline, lead and body) holds at least {@code n}
 *       mentions.</li>
 * </ul>
 * A mention is one match interval of the query (a term, a phrase, a proximity span) as reported by Lucene's
 * {@code Weight.matches}: for {@code A AND B} every occurrence of A and of B counts.
 *
 * @param in          parts among {@code title}, {@code lead}; empty when the rule is not used
 * @param orParagraph mentions needed inside one paragraph (&ge; 1), or 0 when the rule is not used
 * @param orMentions  mentions needed in the whole article (&ge; 1), or 0 when the rule is not used
 */
public record Prominence(Set<String> in, int orParagraph, int orMentions) {
    /** The parts {@code in} may name. */
    public static final Set<String> PARTS = Set.of("title", "lead");

    /** No requirement: a match anywhere tags the article. */
    public static final Prominence NONE = new Prominence(Set.of(), 0, 0);

    public Prominence {
        in = Set.copyOf(in);
        for (String part : in) {
            if (!PARTS.contains(part)) throw new IllegalArgumentException("'in' takes title and/or lead, not '" + part + "'");
        }
        if (orParagraph < 0) throw new IllegalArgumentException("or_paragraph must be >= 1, was " + orParagraph);
        if (orMentions < 0) throw new IllegalArgumentException("or_mentions must be >= 1, was " + orMentions);
    }

    /** @return true when no rule is set, so any match is enough */
    public boolean isNone() {
        return in.isEmpty() && orParagraph == 0 && orMentions == 0;
    }

    /** @return a canonical one-line form, e.g. {@code in=[lead, title] or_paragraph=2 or_mentions=3} (for hashing) */
    public String canonical() {
        return "in=" + in.stream().sorted().toList() + " or_paragraph=" + orParagraph + " or_mentions=" + orMentions;
    }
}
