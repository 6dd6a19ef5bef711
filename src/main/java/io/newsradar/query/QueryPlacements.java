package io.newsradar.query;

import io.newsradar.index.Schema;
import io.newsradar.index.syntax.QuerySyntax;
import io.newsradar.index.syntax.MatchWalk;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a query is mentioned in given articles of the index ({@link ArticleSearcher#mentions}), from Lucene's
 * {@code Weight.matches} on each document: the query parsed once over the headline fields, once over the lead
 * fields and once over headline and body. The mention count is the number of match intervals in the headline plus
 * in the body, each taken from the one analysis (gram, language) of that text with the most, so a word indexed in
 * two analyses counts once.
 */
final class QueryPlacements {
    private QueryPlacements() {}

    static Map<String, ArticleSearcher.Mentions> of(IndexSearcher searcher, String query, Collection<String> ids) throws IOException {
        Map<String, ArticleSearcher.Mentions> out = new HashMap<>();
        if (ids.isEmpty() || query == null || query.isBlank()) return out;
        Weight title = weight(searcher, QuerySyntax.parse(query, Set.of(Schema.Text.TITLE), ZoneOffset.UTC));
        Weight lead = weight(searcher, QuerySyntax.parse(query, Set.of(Schema.Text.LEAD), ZoneOffset.UTC));
        Weight full = weight(searcher, QuerySyntax.parse(query, QuerySyntax.DEFAULT_FIELDS, ZoneOffset.UTC));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1); // no stored field read
            if (found.scoreDocs.length == 0) continue;
            int doc = found.scoreDocs[0].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            out.put(id, new ArticleSearcher.Mentions(MatchWalk.matches(title, leaf, local) != null,
                    MatchWalk.matches(lead, leaf, local) != null, count(MatchWalk.matches(full, leaf, local))));
        }
        return out;
    }

    private static Weight weight(IndexSearcher searcher, Query q) throws IOException {
        return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** @return intervals in the headline field with most plus in the body field with most */
    private static int count(Matches matches) throws IOException {
        if (matches == null) return 0;
        int title = 0, body = 0;
        for (String field : matches) {
            int[] counted = {0};
            MatchWalk.walk(matches.getMatches(field), false, (sp, ep, so, eo) -> counted[0]++);
            int n = counted[0];
            if (field.startsWith(Schema.TITLE)) title = Math.max(title, n);
            else if (field.startsWith(Schema.BODY)) body = Math.max(body, n);
        }
        return title + body;
    }
}
