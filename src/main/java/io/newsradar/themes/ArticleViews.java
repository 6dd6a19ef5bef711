package io.newsradar.themes;

import io.newsradar.index.ArticleAnalysis;
import io.newsradar.index.ArticleMemoryIndex;
import io.newsradar.index.Schema;
import io.newsradar.model.Article;
import io.newsradar.index.syntax.MatchWalk;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article as in-memory Lucene indexes, with the index's fields and analyzers ({@link ArticleMemoryIndex}):
 * the full article, and, built on first use, the views the {@link Prominence} rules test: headline and/or lead
 * alone, and each body paragraph alone. The text is analysed once; views are cut from its tokens
 * ({@link TokenSlices}). Not thread-safe; one instance per article and call.
 */
final class ArticleViews {
    private final Article article;
    private final ArticleAnalysis analysis;
    private final String lang;
    private View full;
    private View head;
    private Set<String> headParts;
    private List<View> paragraphs;
    private TokenSlices slices;
    private List<int[]> spans;
    private static final Pattern PARAGRAPH_GAP = Pattern.compile("\\n\\s*\\n");

    /** @param article the article; the full view analyses its text with the index analyzers (the reference path) */
    ArticleViews(Article article) {
        this.analysis = null;
        this.article = article;
        this.lang = article.lang();
    }

    /** @param analysis the article, its text already analysed: the full view is built from those tokens */
    ArticleViews(ArticleAnalysis analysis) {
        this.analysis = analysis;
        this.article = analysis.article();
        this.lang = article.lang();
    }

    /** @return the article */
    Article article() {
        return article;
    }

    /** @return the whole article: title, lead and body, indexed exactly as the on-disk index does */
    View full() {
        if (full == null) full = new View(analysis == null ? ArticleMemoryIndex.of(article) : ArticleMemoryIndex.of(analysis));
        return full;
    }

    /**
     * @return the headline and/or lead only ({@code parts} among {@code title}, {@code lead}); the lead here is the
     *         body's first paragraph, cut to the index's lead length ({@link Schema#lead}) when longer
     */
    View head(Set<String> parts) throws IOException {
        if (head == null || !parts.equals(headParts)) {
            int[] r = headRange(parts);
            head = new View(slices().view(r[0] == 1, r[1], r[2], r[3]));
            headParts = parts;
        }
        return head;
    }

    /**
     * @return the cut of {@link #head}: {@code {withTitle ? 1 : 0, from, to, leadTo}}, arguments of
     *         {@link TokenSlices#view}
     */
    int[] headRange(Set<String> parts) {
        int[] first = spans().isEmpty() ? new int[] {0, 0} : spans().getFirst();
        int leadEnd = parts.contains("lead") ? leadEnd(first) : first[0];
        return new int[] {parts.contains("title") ? 1 : 0, first[0], leadEnd, leadEnd};
    }

    /** @return each body paragraph (split at blank lines) as an article of its own, no headline */
    List<View> paragraphs() throws IOException {
        if (paragraphs == null) {
            paragraphs = new ArrayList<>();
            for (int[] r : paragraphRanges()) paragraphs.add(new View(slices().view(false, r[1], r[2], r[3])));
        }
        return paragraphs;
    }

    /** @return the cut of each of {@link #paragraphs}, in the form of {@link #headRange} */
    List<int[]> paragraphRanges() {
        List<int[]> ranges = new ArrayList<>();
        for (int[] span : spans()) ranges.add(new int[] {0, span[0], span[1], leadEnd(span)});
        return ranges;
    }

    private int leadEnd(int[] span) {
        return span[0] + Schema.lead(article.body().substring(span[0], span[1]), lang).length();
    }

    private TokenSlices slices() throws IOException {
        if (slices == null) slices = new TokenSlices(full().reader());
        return slices;
    }

    /** @return [start, end) of each non-blank paragraph of the body, without surrounding white space */
    private List<int[]> spans() {
        if (spans == null) {
            spans = new ArrayList<>();
            String body = article.body();
            Matcher gap = PARAGRAPH_GAP.matcher(body);
            int start = 0;
            while (start < body.length()) {
                int end = gap.find(start) ? gap.start() : body.length();
                int s = start, e = end;
                while (s < e && Character.isWhitespace(body.charAt(s))) s++;
                while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
                if (s < e) spans.add(new int[] {s, e});
                start = end == body.length() ? end : gap.end();
            }
        }
        return spans;
    }

    /** One in-memory index and its searcher. */
    static final class View {
        private final IndexSearcher searcher;
        private Set<BytesRef> terms;

        View(MemoryIndex index) {
            index.freeze();
            this.searcher = index.createSearcher();
        }

        /** @return the single leaf of the view */
        LeafReader reader() {
            return searcher.getIndexReader().leaves().getFirst().reader();
        }

        /**
         * A cheap pre-check before {@link #matches}: false when, for some pass, none of the terms the query needs
         * ({@link RequiredTerms}) occurs in this view, so the query cannot match here.
         */
        boolean mayMatch(List<Set<BytesRef>> requiredPerPass) throws IOException {
            for (Set<BytesRef> required : requiredPerPass) {
                if (required.isEmpty()) continue;
                Set<BytesRef> present = terms();
                boolean any = false;
                for (BytesRef term : required) {
                    if (present.contains(term)) {
                        any = true;
                        break;
                    }
                }
                if (!any) return false;
            }
            return true;
        }

        private Set<BytesRef> terms() throws IOException {
            if (terms == null) {
                terms = new HashSet<>();
                LeafReader reader = reader();
                for (FieldInfo info : reader.getFieldInfos()) {
                    Terms fieldTerms = reader.terms(info.name);
                    if (fieldTerms == null) continue;
                    TermsEnum it = fieldTerms.iterator();
                    for (BytesRef t = it.next(); t != null; t = it.next()) terms.add(BytesRef.deepCopyOf(t));
                }
            }
            return terms;
        }

        /** @return true when the query matches this view (no match positions computed: the fast check) */
        boolean hits(ThemeQueries.Prepared prepared) throws IOException {
            Query query = prepared.rewritten() ? prepared.query() : searcher.rewrite(prepared.query());
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            ScorerSupplier supplier = weight.scorerSupplier(searcher.getIndexReader().leaves().getFirst());
            if (supplier == null) return false;
            Scorer scorer = supplier.get(1);
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            if (twoPhase == null) return scorer.iterator().nextDoc() == 0;
            return twoPhase.approximation().nextDoc() == 0 && twoPhase.matches();
        }

        /** @return where the query matches this view, or null when it does not */
        Matches matches(ThemeQueries.Prepared prepared) throws IOException {
            Query query = prepared.rewritten() ? prepared.query() : searcher.rewrite(prepared.query());
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            return MatchWalk.matches(weight, searcher.getIndexReader().leaves().getFirst(), 0);
        }
    }
}
