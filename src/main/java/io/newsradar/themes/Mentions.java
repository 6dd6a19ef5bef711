package io.newsradar.themes;

import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;

import java.io.IOException;
import java.util.ArrayList;
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
        return spans(matches).size();
    }

    /** @return the mention spans, title first, each part in text order, overlapping intervals merged */
    static List<Span> spans(Matches matches) throws IOException {
        List<int[]> title = new ArrayList<>();
        List<int[]> body = new ArrayList<>();
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) continue;
            List<int[]> target = field.startsWith("title") ? title : body;
            while (it.next()) {
                int start = it.startOffset(), end = it.endOffset();
                if (start < 0) {
                    start = it.startPosition() * 1000;
                    end = it.endPosition() * 1000 + 1;
                }
                target.add(new int[] {start, Math.max(end, start + 1)});
            }
        }
        List<Span> spans = new ArrayList<>();
        merge("title", title, spans);
        merge("body", body, spans);
        return spans;
    }

    private static void merge(String part, List<int[]> intervals, List<Span> out) {
        intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
        int start = -1, end = Integer.MIN_VALUE;
        for (int[] s : intervals) {
            if (s[0] >= end) {
                if (start >= 0) out.add(new Span(part, start, end));
                start = s[0];
            }
            end = Math.max(end, s[1]);
        }
        if (start >= 0) out.add(new Span(part, start, end));
    }
}
