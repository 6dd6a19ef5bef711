package io.newsradar.query;

import io.newsradar.index.Schema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Story collapsing for search: keeps the best-ranked match of each story ({@link Schema#STORY}) and counts how many
 * matches each kept story has in all. A document without a story id (an index written before stories existed) is
 * a story of its own.
 */
final class StoryCollapse {
    private StoryCollapse() {}

    /**
     * @param searcher the searcher the docs come from
     * @param ranked   matches in rank order
     * @param limit    stories wanted
     * @return story id -> its best-ranked match, in rank order, at most {@code limit} entries
     */
    static LinkedHashMap<String, ScoreDoc> best(IndexSearcher searcher, ScoreDoc[] ranked, int limit) throws IOException {
        LinkedHashMap<String, ScoreDoc> out = new LinkedHashMap<>();
        for (ScoreDoc sd : ranked) {
            if (out.size() == limit) break;
            String story = searcher.storedFields().document(sd.doc, Set.of(Schema.STORY)).get(Schema.STORY);
            out.putIfAbsent(story == null ? "\u0000" + sd.doc : story, sd);
        }
        return out;
    }

    /**
     * @param searcher the searcher
     * @param query    the (filtered) search query
     * @param stories  story ids to count
     * @return story id -> number of documents matching {@code query} in that story (absent when none)
     */
    static Map<String, Long> counts(IndexSearcher searcher, Query query, Collection<String> stories) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        for (String s : stories) if (!s.startsWith("\u0000")) terms.add(new BytesRef(s));
        if (terms.isEmpty()) return Map.of();
        Query inStories = new BooleanQuery.Builder().add(query, Occur.FILTER)
                .add(new TermInSetQuery(Schema.STORY, terms), Occur.FILTER).build();
        return searcher.search(inStories, new Counter());
    }

    /** Counts documents per story value from doc values. */
    private static final class Counter implements CollectorManager<Collector, Map<String, Long>> {
        private final List<Map<String, Long>> parts = new ArrayList<>();

        @Override
        public synchronized Collector newCollector() {
            Map<String, Long> counts = new HashMap<>();
            parts.add(counts);
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), Schema.STORY);
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {}

                        @Override
                        public void collect(int doc) throws IOException {
                            if (!dv.advanceExact(doc)) return;
                            counts.merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1L, Long::sum);
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public Map<String, Long> reduce(Collection<Collector> collectors) {
            Map<String, Long> out = new HashMap<>();
            for (Map<String, Long> part : parts) part.forEach((k, v) -> out.merge(k, v, Long::sum));
            return out;
        }
    }
}
