package io.newsradar.themes;

import io.newsradar.index.syntax.MatchWalk;
import org.apache.lucene.search.Matches;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mentions in a query's {@link Matches} on one article: its match intervals, by character offsets, with
 * overlapping intervals merged. Because the same text is indexed in several fields (the gram field and the
 * language's field, and the lead again inside the body), intervals are keyed by the text they point into
 * (title or body) rather than by field, so one occurrence counts once.
 */
final class Mentions {
    private Mentions() {}

    /**
     * One mention.
     *
     * @param part  {@code title} or {@code body}: the text the offsets point into
     * @param start first character, 0-based (UTF-16 offsets, as Java strings)
     * @param end   end character, exclusive
     */
    record Span(String part, int start, int end) {}

    /** @return the number of distinct, non-overlapping mention spans in the title and body */
    static int count(Matches matches) throws IOException {
        Sink sink = new Sink();
        sink.add(matches);
        return sink.count();
    }

    /** @return the mention spans, title first, each part in text order, overlapping intervals merged */
    static List<Span> spans(Matches matches) throws IOException {
        Sink sink = new Sink();
        sink.add(matches);
        List<Span> spans = new ArrayList<>();
        sink.title.merge("title", spans);
        sink.body.merge("body", spans);
        return spans;
    }

    /**
     * Collects match intervals, from Lucene {@link Matches} or one by one, and counts them merged. A match without
     * offsets (start &lt; 0) is placed by its positions, as if each position were 1000 characters wide.
     */
    static final class Sink {
        private final Intervals title = new Intervals();
        private final Intervals body = new Intervals();

        /** Adds every interval of {@code matches}, each to the part its field indexes. */
        void add(Matches matches) throws IOException {
            for (String field : matches) {
                boolean inTitle = field.startsWith("title");
                MatchWalk.walk(matches.getMatches(field), false, (sp, ep, so, eo) -> add(inTitle, so, eo, sp, ep));
            }
        }

        /** Adds one interval: offsets into the title or the body, positions for when offsets are missing. */
        void add(boolean inTitle, int start, int end, int startPosition, int endPosition) {
            if (start < 0) {
                start = startPosition * 1000;
                end = endPosition * 1000 + 1;
            }
            (inTitle ? title : body).add(start, Math.max(end, start + 1));
        }

        /** @return the number of mentions: the merged intervals of title and body */
        int count() {
            return title.merge(null, null) + body.merge(null, null);
        }
    }

    /** A growable list of [start, end) intervals, packed two ints per interval. */
    private static final class Intervals {
        private long[] packed = new long[8];
        private int size;

        void add(int start, int end) {
            if (size == packed.length) packed = Arrays.copyOf(packed, size * 2);
            packed[size++] = ((long) start << 32) | (end & 0xffffffffL);
        }

        /** Sorts by start and merges overlapping intervals; adds them to {@code out} when given; returns their number. */
        int merge(String part, List<Span> out) {
            Arrays.sort(packed, 0, size);
            int n = 0, start = -1, end = Integer.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                int s = (int) (packed[i] >> 32), e = (int) packed[i];
                if (s >= end) {
                    if (start >= 0) {
                        n++;
                        if (out != null) out.add(new Span(part, start, end));
                    }
                    start = s;
                }
                end = Math.max(end, e);
            }
            if (start >= 0) {
                n++;
                if (out != null) out.add(new Span(part, start, end));
            }
            return n;
        }
    }
}
