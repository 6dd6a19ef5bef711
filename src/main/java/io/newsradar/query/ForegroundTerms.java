package io.newsradar.query;

import io.newsradar.index.Analyzers;
import io.newsradar.index.Boundaries;
import io.newsradar.index.Schema;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.text.Normalizer;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts, for the articles matching a query (the foreground), in how many of them each term occurs, and looks
 * up the term's document frequency in the whole index (the background), per language field: an English article's
 * text is read as {@code *_en} terms, a Japanese one's as {@code *_ja}, any other as gram terms (CJK bigrams),
 * against the articles read the same way ({@link GramBackground}). Which texts are read and how many articles is a
 * {@link Sample}: whole bodies ({@link #BODIES}, for {@code track --terms}) or headlines and leads of the newest
 * articles ({@link #headlinesAndLeads(int, Sort)}, for digests); each text is compared with the index field of the
 * same text ({@code title_en} with {@code title_en}), so both sides count the same thing. The stored text is
 * re-analysed with the index's own recipe (no term vectors needed), so the cost follows the sample, not the index.
 * A term is reported in its most frequent surface form in the foreground ({@code moraine}, not the stem
 * {@code morain}). Skipped: the boundary markers ({@link Boundaries}), tokens of digits and separators only, single
 * characters.
 * <p>
 * Terms in fewer than {@link #MIN_FOREGROUND} foreground articles are not looked up nor reported.
 * Entities ({@link Entities}: English and Japanese multi-word names) are counted in the same texts except headlines
 * (English headlines in title case would read as one long name); the background
 * count of an entity is the number of articles whose field matches it as a phrase (analysed by the field's recipe,
 * one {@code count} per entity), looked up for at most {@link #MAX_ENTITY_LOOKUPS} entities per field, those in the
 * most foreground articles (at least {@link #MIN_FOREGROUND}).
 */
final class ForegroundTerms {
    /** Foreground articles read at most. */
    static final int MAX_FOREGROUND = 10_000;
    /** Entities per field whose background phrase count is looked up, at most. */
    static final int MAX_ENTITY_LOOKUPS = 20;
    /** Terms and entities in fewer foreground articles are not looked up (nor reported: too rare to judge). */
    static final int MIN_FOREGROUND = 2;
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s$");
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}.,:/_-]+");
    /**
     * English function words, never characteristic (the index keeps them for phrases): the Snowball project's English
     * stop list as Lucene ships it ({@code org/apache/lucene/analysis/snowball/english_stop.txt}, 174 words) plus
     * the modal verbs and "lets"/"also" it leaves out (it keeps "can", "will", "may" as possible nouns).
     */
    static final CharArraySet STOP_WORDS = englishStopWords();
    private static final Set<String> FIELDS_READ = Set.of(Schema.LANG, Schema.TITLE, Schema.BODY);

    /**
     * Which articles and texts are read.
     *
     * @param texts       the texts read per article (each against its own index field)
     * @param maxArticles foreground articles read at most, 1..{@link #MAX_FOREGROUND}
     * @param order       which articles come first when there are more, or null for index order
     */
    record Sample(List<Schema.Text> texts, int maxArticles, Sort order) {
        Sample {
            texts = List.copyOf(texts);
            if (texts.isEmpty()) throw new IllegalArgumentException("no text to read");
            if (maxArticles < 1 || maxArticles > MAX_FOREGROUND) throw new IllegalArgumentException("maxArticles 1.." + MAX_FOREGROUND);
        }
    }

    /** Whole bodies of the first {@link #MAX_FOREGROUND} articles in index order. */
    static final Sample BODIES = new Sample(List.of(Schema.Text.BODY), MAX_FOREGROUND, null);

    /** @return headline and lead ({@link Schema#lead}) of the first {@code n} articles in {@code order} */
    static Sample headlinesAndLeads(int n, Sort order) {
        return new Sample(List.of(Schema.Text.TITLE, Schema.Text.LEAD), n, order);
    }

    private ForegroundTerms() {}

    /** As {@link #count(IndexSearcher, Query, Sample)} over {@link #BODIES}. */
    static List<SignificantTerms.Counts> count(IndexSearcher searcher, Query foreground) throws IOException {
        return count(searcher, foreground, BODIES);
    }

    /**
     * @param searcher the index
     * @param foreground the foreground query (filters included)
     * @param sample which articles and texts to read
     * @return per (field, term or entity) the foreground and background document frequencies and sizes
     */
    static List<SignificantTerms.Counts> count(IndexSearcher searcher, Query foreground, Sample sample) throws IOException {
        TopDocs docs = sample.order() == null ? searcher.search(foreground, sample.maxArticles())
                : searcher.search(foreground, new TopFieldCollectorManager(sample.order(), sample.maxArticles(), Integer.MAX_VALUE));
        Map<String, FieldTally> tallies = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] inDocOrder = docs.scoreDocs.clone();
        java.util.Arrays.sort(inDocOrder, java.util.Comparator.comparingInt(sd -> sd.doc)); // stored-field blocks read once
        for (ScoreDoc sd : inDocOrder) {
            Document d = stored.document(sd.doc, FIELDS_READ);
            String lang = d.get(Schema.LANG);
            Schema.Family family = Schema.familyOf(lang);
            String body = d.get(Schema.BODY) == null ? "" : d.get(Schema.BODY);
            for (Schema.Text text : sample.texts()) {
                String value = switch (text) {
                    case TITLE -> d.get(Schema.TITLE) == null ? "" : d.get(Schema.TITLE);
                    case LEAD -> Schema.lead(body, lang);
                    case BODY -> body;
                };
                String field = text.field(family);
                tallies.computeIfAbsent(field, f -> new FieldTally()).add(field, text == Schema.Text.TITLE ? null : family, value);
            }
        }
        return background(searcher, tallies);
    }

    /** Foreground counts of one physical field. */
    private static final class FieldTally {
        long docs;
        final Map<String, Long> terms = new HashMap<>();
        final Map<String, Map<String, Long>> termForms = new HashMap<>();
        final Map<String, Long> entities = new HashMap<>();
        final Map<String, Map<String, Long>> entityForms = new HashMap<>();

        /** @param family the family whose entities are read, or null for none */
        void add(String field, Schema.Family family, String text) throws IOException {
            docs++;
            Entities.NounRuns nouns = family == Schema.Family.JA ? new Entities.NounRuns(text) : null;
            for (var t : terms(field, text, nouns).entrySet()) {
                terms.merge(t.getKey(), 1L, Long::sum);
                Map<String, Long> forms = termForms.computeIfAbsent(t.getKey(), k -> new HashMap<>());
                t.getValue().forEach((form, n) -> forms.merge(form, n, Long::sum));
            }
            if (family == null) return;
            var found = nouns != null ? Entities.keyed(nouns.finish()) : Entities.of(family, text);
            for (var e : found.entrySet()) {
                entities.merge(e.getKey(), 1L, Long::sum);
                entityForms.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(e.getValue(), 1L, Long::sum);
            }
        }
    }

    private static List<SignificantTerms.Counts> background(IndexSearcher searcher, Map<String, FieldTally> tallies) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        boolean anyGram = tallies.keySet().stream().anyMatch(f -> Schema.Family.ofField(f) == Schema.Family.GRAM);
        GramBackground grams = anyGram ? GramBackground.of(searcher) : null;
        List<SignificantTerms.Counts> out = new ArrayList<>();
        for (var field : tallies.entrySet()) {
            String name = field.getKey();
            FieldTally tally = field.getValue();
            boolean gram = Schema.Family.ofField(name) == Schema.Family.GRAM;
            long fgDocs = tally.docs;
            long bgDocs = Math.max(fgDocs, gram ? grams.docs() : reader.getDocCount(name));
            for (var t : tally.terms.entrySet()) {
                long fg = t.getValue();
                if (fg < MIN_FOREGROUND) continue;
                long df = gram ? grams.docFreq(name, t.getKey()) : reader.docFreq(new Term(name, t.getKey()));
                long bg = Math.min(bgDocs, Math.max(fg, df));
                String shown = mostCommon(tally.termForms.get(t.getKey()), t.getKey());
                out.add(new SignificantTerms.Counts(shown, fg, fgDocs, bg, bgDocs));
            }
            entities(searcher, name, tally, fgDocs, bgDocs, out);
        }
        return out;
    }

    /** Adds the counts of the field's most frequent foreground entities; background by phrase count. */
    private static void entities(IndexSearcher searcher, String field, FieldTally tally, long fgDocs, long bgDocs,
                                 List<SignificantTerms.Counts> out) throws IOException {
        QueryBuilder phrases = new QueryBuilder(Analyzers.forField(field));
        List<Map.Entry<String, Long>> candidates = tally.entities.entrySet().stream().filter(e -> e.getValue() >= MIN_FOREGROUND)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(MAX_ENTITY_LOOKUPS).toList();
        for (var e : candidates) {
            String shown = mostCommonCased(tally.entityForms.get(e.getKey()), e.getKey());
            Query phrase = phrases.createPhraseQuery(field, shown);
            if (phrase == null) continue;
            long fg = e.getValue();
            long bg = Math.min(bgDocs, Math.max(fg, searcher.count(phrase)));
            out.add(new SignificantTerms.Counts(shown, fg, fgDocs, bg, bgDocs, SignificantTerms.Kind.ENTITY));
        }
    }

    /** @return the most frequent form as written (ties: the first alphabetically) */
    private static String mostCommonCased(Map<String, Long> forms, String fallback) {
        if (forms == null || forms.isEmpty()) return fallback;
        return forms.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder())).orElseThrow().getKey();
    }

    /** @return the most frequent surface form (ties: the shorter, then the first alphabetically) */
    private static String mostCommon(Map<String, Long> forms, String fallback) {
        if (forms == null || forms.isEmpty()) return fallback;
        return forms.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /**
     * @return the distinct terms of {@code text} as the index analyses {@code field}, markers and numbers left out,
     *         each with the texts it was read from and how often (NFKC, lower case: {@code moraine} for {@code morain})
     */
    static Map<String, Map<String, Long>> terms(String field, String text) throws IOException {
        return terms(field, text, null);
    }

    /** As {@link #terms(String, String)}, also feeding every Kuromoji token to {@code nouns} when not null. */
    static Map<String, Map<String, Long>> terms(String field, String text, Entities.NounRuns nouns) throws IOException {
        Map<String, Map<String, Long>> out = new HashMap<>();
        try (TokenStream ts = Analyzers.forField(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = nouns == null ? null : ts.addAttribute(PartOfSpeechAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (nouns != null) nouns.token(pos.getPartOfSpeech(), offsets.startOffset(), offsets.endOffset());
                String t = term.toString();
                if (t.codePointCount(0, t.length()) < 2 || NUMBER.matcher(t).matches()) continue;
                if (t.equals(Boundaries.SENTENCE) || t.equals(Boundaries.PARAGRAPH)) continue;
                String shown = surface(text, offsets.startOffset(), offsets.endOffset(), t);
                if (STOP_WORDS.contains(shown) || STOP_WORDS.contains(t)) continue;
                out.computeIfAbsent(t, k -> new HashMap<>()).merge(shown, 1L, Long::sum);
            }
            ts.end();
        }
        return out;
    }

    private static CharArraySet englishStopWords() {
        try (var in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) throw new IllegalStateException("english_stop.txt missing from lucene-analysis-common");
            CharArraySet set = new CharArraySet(WordlistLoader.getSnowballWordSet(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)), false);
            for (String w : List.of("can", "will", "may", "might", "must", "shall", "lets", "let's", "also")) set.add(w);
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String surface(String text, int start, int end, String term) {
        if (start < 0 || end > text.length() || start >= end) return term;
        String form = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return POSSESSIVE.matcher(form).replaceFirst(""); // italy's is indexed as italy: shown as italy
    }
}
