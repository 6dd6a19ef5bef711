package io.newsradar.query;

import io.newsradar.index.Schema;
import io.newsradar.index.syntax.QueryException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts facet values over every matching document in one pass, straight from doc values: {@code theme},
 * {@code source}, {@code site}, {@code lang}, {@code story} from their {@code SortedSetDocValues} (per-segment ordinals, resolved to
 * strings once per segment, so no global ordinal map has to be built when a searcher opens; empty values, an
 * unknown source or site, are not counted), and {@code day}, the
 * publication date as printed (in the article's own UTC offset), from {@code published} + {@code published_offset}.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, List<SearchResult.FacetCount>>> {
    /** Facet dimensions understood. */
    static final List<String> DIMENSIONS = List.of("theme", "source", "site", "lang", "day", "story");
    private static final long DAY_MS = 86_400_000L;
    private final List<String> dims;

    FacetCounter(List<String> dims) {
        for (String d : dims) {
            if (!DIMENSIONS.contains(d)) throw new QueryException("unknown facet '" + d + "': use " + DIMENSIONS, 0);
        }
        this.dims = List.copyOf(dims);
    }

    @Override
    public Counts newCollector() {
        return new Counts(dims);
    }

    @Override
    public Map<String, List<SearchResult.FacetCount>> reduce(Collection<Counts> collectors) {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            Map<String, Long> merged = new HashMap<>();
            for (Counts c : collectors) c.totals.get(dim).forEach((k, v) -> merged.merge(k, v, Long::sum));
            List<SearchResult.FacetCount> list = new ArrayList<>();
            merged.forEach((k, v) -> list.add(new SearchResult.FacetCount(k, v)));
            list.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
                    .thenComparing(SearchResult.FacetCount::value));
            out.put(dim, List.copyOf(list));
        }
        return out;
    }

    /** Per-thread counts. */
    static final class Counts implements Collector {
        private final List<String> dims;
        private final Map<String, Map<String, Long>> totals = new HashMap<>();

        Counts(List<String> dims) {
            this.dims = dims;
            for (String d : dims) totals.put(d, new HashMap<>());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            List<Leaf> leaves = new ArrayList<>();
            for (String d : dims) {
                leaves.add(d.equals("day") ? new DayLeaf(ctx, totals.get(d)) : new OrdLeaf(ctx, d, totals.get(d)));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (Leaf l : leaves) l.collect(doc);
                }

                @Override
                public void finish() throws IOException {
                    for (Leaf l : leaves) l.finish();
                }
            };
        }
    }

    private interface Leaf {
        void collect(int doc) throws IOException;

        void finish() throws IOException;
    }

    /** Keyword dimension: counts per segment ordinal, resolved to strings at the end of the segment. */
    private static final class OrdLeaf implements Leaf {
        private final SortedSetDocValues values;
        private final int[] counts;
        private final Map<String, Long> total;

        OrdLeaf(LeafReaderContext ctx, String dim, Map<String, Long> total) throws IOException {
            this.values = DocValues.getSortedSet(ctx.reader(), dim);
            this.counts = new int[(int) Math.min(Integer.MAX_VALUE - 8, values.getValueCount())];
            this.total = total;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(doc)) return;
            for (int i = 0; i < values.docValueCount(); i++) counts[(int) values.nextOrd()]++;
        }

        @Override
        public void finish() throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] == 0) continue;
                String value = values.lookupOrd(ord).utf8ToString();
                if (!value.isEmpty()) total.merge(value, (long) counts[ord], Long::sum); // "" = unknown source/site
            }
        }
    }

    /** Day dimension: the local date of publication in the article's own offset. */
    private static final class DayLeaf implements Leaf {
        private final NumericDocValues published;
        private final NumericDocValues offset;
        private final Map<Long, Long> days = new HashMap<>();
        private final Map<String, Long> total;

        DayLeaf(LeafReaderContext ctx, Map<String, Long> total) throws IOException {
            this.published = DocValues.getNumeric(ctx.reader(), Schema.PUBLISHED);
            this.offset = DocValues.getNumeric(ctx.reader(), Schema.PUBLISHED_OFFSET);
            this.total = total;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!published.advanceExact(doc)) return;
            long off = offset.advanceExact(doc) ? offset.longValue() * 1000 : 0;
            days.merge(Math.floorDiv(published.longValue() + off, DAY_MS), 1L, Long::sum);
        }

        @Override
        public void finish() {
            days.forEach((day, n) -> total.merge(LocalDate.ofEpochDay(day).toString(), n, Long::sum));
        }
    }
}
