package io.newsradar.query;

import io.newsradar.model.Snippet;
import io.newsradar.index.syntax.MatchWalk;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a query matched inside one document, per physical field, as character offsets into the field's text
 * (for {@code body*} and {@code lead*} fields: into the body; for {@code title*}: into the title). Built on Lucene's
 * Matches API, so it reports exactly the terms, phrases and intervals that made the document match. For
 * {@code themes explain}: run it on {@code ArticleMemoryIndex.of(article).createSearcher()} with doc id 0.
 */
public final class MatchSpans {
    private MatchSpans() {}

    /**
     * @param searcher the searcher holding the document
     * @param query    a query from {@link QuerySyntax}
     * @param doc      the top-level doc id
     * @return field name -> ascending, merged {@code [start, end)} UTF-16 offsets; empty when the query does not
     *         match the document or matches it only through keyword fields
     */
    public static Map<String, List<Snippet.Span>> of(IndexSearcher searcher, Query query, int doc) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = MatchWalk.matches(weight, leaf, doc - leaf.docBase);
        Map<String, List<Snippet.Span>> out = new LinkedHashMap<>();
        if (matches == null) return out;
        for (String field : matches) {
            List<Snippet.Span> spans = new ArrayList<>();
            MatchWalk.walk(matches.getMatches(field), true, (sp, ep, start, end) -> add(spans, start, end));
            if (!spans.isEmpty()) out.put(field, Snippets.merge(spans));
        }
        return out;
    }

    private static void add(List<Snippet.Span> spans, int start, int end) {
        if (start >= 0 && end > start) spans.add(new Snippet.Span(start, end));
    }
}
