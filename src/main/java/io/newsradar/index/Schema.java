package io.newsradar.index;

import java.util.List;
import java.util.Locale;

/**
 * Every field name of the article index, in one place, and the rules that route an article's text to them.
 *
 * <p>One Lucene document per article, keyed by {@link #URL} (the canonical URL). Text is indexed twice:
 * <ul>
 *   <li>in the <em>gram</em> fields {@code title}, {@code lead}, {@code body} for every article, whatever its
 *       language ({@link Family#GRAM}: width/case folding, UAX#29 words, CJK bigrams). This is the Chinese analysis
 *       and, for every language, the exact-form fallback that makes any substring of a CJK run findable;</li>
 *   <li>in the fields of the article's language family when there is one: {@code title_ja}, {@code lead_ja},
 *       {@code body_ja} (Kuromoji, search mode) for {@code ja}; {@code title_en}, {@code lead_en}, {@code body_en}
 *       (stemmed) for {@code en}.</li>
 * </ul>
 * A query term is analysed once per family with that family's analyzer and searched in that family's fields
 * ({@code io.newsradar.index.syntax.QuerySyntax}), so one query string finds Japanese, English and Chinese articles.
 * All text fields index positions and character offsets (for phrases, intervals and highlighting); the offsets
 * of every {@code body*} and {@code lead*} field point into the stored {@link #BODY} text.
 */
public final class Schema {
    /** Canonical URL: the key of the document ({@code StringField}, stored). */
    public static final String URL = "url";
    /** Document id ({@code StringField}, stored). */
    public static final String ID = "id";
    /** URL the page was fetched from (stored only). */
    public static final String FETCH_URL = "fetch_url";
    /** Publication time: {@code LongPoint} + {@code NumericDocValues}, epoch milliseconds (UTC). */
    public static final String PUBLISHED = "published";
    /** Publication time as ISO-8601 with its original offset (stored only). */
    public static final String PUBLISHED_ISO = "published_iso";
    /** Offset of the publication time from UTC in seconds ({@code NumericDocValues}): for "day as printed". */
    public static final String PUBLISHED_OFFSET = "published_offset";
    /** First time newsradar indexed this canonical URL: {@code LongPoint} + {@code NumericDocValues} + stored, epoch ms. */
    public static final String FIRST_SEEN = "first_seen";
    /** Language subtag: keyword ({@code StringField} + {@code SortedSetDocValues}), stored. */
    public static final String LANG = "lang";
    /** Outlet that wrote the article: keyword + {@code SortedSetDocValues}, stored, exact value. */
    public static final String SOURCE = "source";
    /** Outlet or portal that published it: keyword + {@code SortedSetDocValues}, stored, exact value. */
    public static final String SITE = "site";
    /** Theme names, multi-valued: keyword + {@code SortedSetDocValues}, stored. */
    public static final String THEME = "theme";
    /**
     * Story (near-duplicate group) id: the id of the group's earliest-first-seen member; keyword +
     * {@code SortedSetDocValues} (for collapsing), stored. See {@code io.newsradar.index.StoryGrouper}.
     */
    public static final String STORY = "story";
    /** MinHash LSH band terms of the body ({@code io.newsradar.index.dedup.StorySignature}): keyword, not stored. */
    public static final String STORY_BAND = "story_band";
    /** MinHash sketch of the body, 256 big-endian 32-bit values ({@code BinaryDocValues}): screens story candidates. */
    public static final String STORY_SKETCH = "story_sketch";
    /** Stored-only fields carrying the rest of {@code model.Article}. */
    public static final String DATE_SOURCE = "date_source", MODIFIED = "modified", AUTHOR = "author",
            PAYWALLED = "paywalled", INDEXABLE = "indexable", CHARSET = "charset", FETCHED_AT = "fetched_at";
    /** Stored gram text fields (the article's title and body exactly as given). */
    public static final String TITLE = Text.TITLE.base(), LEAD = Text.LEAD.base(), BODY = Text.BODY.base();

    /** Lead length for languages written without spaces (ja, zh, ko): characters. */
    public static final int LEAD_CHARS_CJK = 200;
    /** Lead length for other languages: characters (about 60-70 English words). */
    public static final int LEAD_CHARS_OTHER = 400;

    private Schema() {}

    /** An analysis family: which analyzer indexes a text field. */
    public enum Family {
        /** Width/case folded UAX#29 words with CJK bigrams; every article; the Chinese analysis. */
        GRAM(""),
        /** Kuromoji (search mode); Japanese articles only. */
        JA("_ja"),
        /** Stemmed English; English articles only. */
        EN("_en");

        private final String suffix;

        Family(String suffix) {
            this.suffix = suffix;
        }

        /** @return the family of a field name ({@code body_ja} -> {@link #JA}); GRAM for anything else */
        public static Family ofField(String field) {
            if (field.endsWith(JA.suffix)) return JA;
            if (field.endsWith(EN.suffix)) return EN;
            return GRAM;
        }
    }

    /** The logical text fields a query can target; each maps to one physical field per {@link Family}. */
    public enum Text {
        /** The headline. */
        TITLE("title"),
        /** The lead: the first {@link #LEAD_CHARS_CJK} or {@link #LEAD_CHARS_OTHER} characters of the body. */
        LEAD("lead"),
        /** The whole body. */
        BODY("body");

        private final String base;

        Text(String base) {
            this.base = base;
        }

        /** @return the gram field name ({@code title}, {@code lead}, {@code body}) */
        public String base() {
            return base;
        }

        /** @return the physical field of this text for {@code family}, e.g. {@code body_ja} */
        public String field(Family family) {
            return base + family.suffix;
        }

        /** @return the physical fields of this text, one per family */
        public List<String> fields() {
            return List.of(field(Family.GRAM), field(Family.JA), field(Family.EN));
        }

        /** @return the text for a query field name ({@code title}, {@code lead}, {@code body}), or null */
        public static Text ofName(String name) {
            for (Text t : values()) if (t.base.equals(name)) return t;
            return null;
        }
    }

    /**
     * The language family whose fields an article's text goes to, besides the gram fields.
     *
     * @param lang language subtag of the article ({@code ja}, {@code en}, {@code zh}, {@code und}, ...)
     * @return {@link Family#JA} for Japanese, {@link Family#EN} for English, {@link Family#GRAM} otherwise
     */
    public static Family familyOf(String lang) {
        String primary = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (primary.startsWith("ja")) return Family.JA;
        if (primary.startsWith("en")) return Family.EN;
        return Family.GRAM;
    }

    /**
     * The lead of a body: at most its first {@link #LEAD_CHARS_CJK} characters for {@code ja}, {@code zh} and
     * {@code ko}, else {@link #LEAD_CHARS_OTHER}; cut back to the last white space (or, in CJK text, punctuation
     * mark) in the second half of that span so no word is cut in two. A prefix of the body, so offsets into the
     * lead are offsets into the body.
     *
     * @param body the article body, never null
     * @param lang language subtag
     * @return a prefix of {@code body}
     */
    public static String lead(String body, String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        boolean cjk = l.startsWith("ja") || l.startsWith("zh") || l.startsWith("ko");
        int max = cjk ? LEAD_CHARS_CJK : LEAD_CHARS_OTHER;
        if (body.length() <= max) return body;
        int end = max;
        if (Character.isHighSurrogate(body.charAt(end - 1))) end--;
        int cut = end;
        while (cut > max / 2 && !isBreak(body.charAt(cut - 1), cjk)) cut--;
        if (cut > max / 2) end = cut;
        return body.substring(0, end).stripTrailing();
    }

    /** A character after which the lead may end: punctuation or space in CJK text, white space elsewhere. */
    private static boolean isBreak(char c, boolean cjk) {
        if (Character.isWhitespace(c)) return true;
        return cjk && "。、！？」』）．，".indexOf(c) >= 0;
    }
}
