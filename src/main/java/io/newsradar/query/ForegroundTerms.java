package io.newsradar.query;

import io.newsradar.index.Analyzers;
import io.newsradar.index.Boundaries;
import io.newsradar.index.Schema;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

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
 * Counts, for the articles matching a query (the foreground), in how many of them each body term occurs, and looks
 * up the term's document frequency in the whole index (the background), per language field: an English article's
 * body is read as {@code body_en} terms, a Japanese one's as {@code body_ja}, any other as gram {@code body} terms
 * (CJK bigrams), against the articles read the same way ({@link GramBackground}). The stored body is re-analysed with the index's own recipe (no term vectors needed), so the cost
 * follows the foreground, not the index. A term is reported in its most frequent surface form in the foreground
 * ({@code moraine}, not the stem {@code morain}). Skipped: the boundary markers ({@link Boundaries}), tokens of digits and
 * separators only, single characters. At most {@link #MAX_FOREGROUND} articles are read (the first in index order).
 */
final class ForegroundTerms {
    /** Foreground articles read at most. */
    static final int MAX_FOREGROUND = 10_000;
    private static final Pattern NUMBER = Pattern.compile("[\\p{N}.,:/_-]+");
    private static final Set<String> FIELDS_READ = Set.of(Schema.LANG, Schema.BODY);

    private ForegroundTerms() {}

    /**
     * @param searcher the index
     * @param foreground the foreground query (filters included)
     * @return per (field, term) the foreground and background document frequencies and sizes
     */
    static List<SignificantTerms.Counts> count(IndexSearcher searcher, Query foreground) throws IOException {
        TopDocs docs = searcher.search(foreground, MAX_FOREGROUND);
        Map<String, Map<String, Long>> fgByField = new HashMap<>();
        Map<String, Map<String, Long>> surfaces = new HashMap<>();
        Map<String, Long> fgDocsByField = new HashMap<>();
        for (ScoreDoc sd : docs.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, FIELDS_READ);
            String field = Schema.Text.BODY.field(Schema.familyOf(d.get(Schema.LANG)));
            String body = d.get(Schema.BODY);
            fgDocsByField.merge(field, 1L, Long::sum);
            Map<String, Long> fg = fgByField.computeIfAbsent(field, f -> new HashMap<>());
            for (var t : terms(field, body == null ? "" : body).entrySet()) {
                fg.merge(t.getKey(), 1L, Long::sum);
                Map<String, Long> forms = surfaces.computeIfAbsent(field + '\u0000' + t.getKey(), k -> new HashMap<>());
                t.getValue().forEach((form, n) -> forms.merge(form, n, Long::sum));
            }
        }
        return background(searcher, fgByField, fgDocsByField, surfaces);
    }

    private static List<SignificantTerms.Counts> background(IndexSearcher searcher, Map<String, Map<String, Long>> fgByField,
                                                            Map<String, Long> fgDocsByField,
                                                            Map<String, Map<String, Long>> surfaces) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        GramBackground grams = fgByField.containsKey(Schema.BODY) ? GramBackground.of(searcher) : null;
        List<SignificantTerms.Counts> out = new ArrayList<>();
        for (var field : fgByField.entrySet()) {
            boolean gram = field.getKey().equals(Schema.BODY);
            long fgDocs = fgDocsByField.get(field.getKey());
            long bgDocs = Math.max(fgDocs, gram ? grams.docs() : reader.getDocCount(field.getKey()));
            for (var t : field.getValue().entrySet()) {
                long fg = t.getValue();
                long df = gram ? grams.docFreq(t.getKey()) : reader.docFreq(new Term(field.getKey(), t.getKey()));
                long bg = Math.min(bgDocs, Math.max(fg, df));
                String shown = mostCommon(surfaces.get(field.getKey() + '\u0000' + t.getKey()), t.getKey());
                out.add(new SignificantTerms.Counts(shown, fg, fgDocs, bg, bgDocs));
            }
        }
        return out;
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
        Map<String, Map<String, Long>> out = new HashMap<>();
        try (TokenStream ts = Analyzers.forField(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.codePointCount(0, t.length()) < 2 || NUMBER.matcher(t).matches()) continue;
                if (t.equals(Boundaries.SENTENCE) || t.equals(Boundaries.PARAGRAPH)) continue;
                out.computeIfAbsent(t, k -> new HashMap<>())
                        .merge(surface(text, offsets.startOffset(), offsets.endOffset(), t), 1L, Long::sum);
            }
            ts.end();
        }
        return out;
    }

    private static String surface(String text, int start, int end, String term) {
        if (start < 0 || end > text.length() || start >= end) return term;
        return Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
