package io.newsradar.themes;

import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the mentions in a query's {@link Matches} on one article: the match intervals, by character offsets,
 * with overlapping intervals merged. Because the same text is indexed in several fields (the gram field and the
 * language's field, and the lead again inside the body), intervals are keyed by the text they point into
 * (title or body) rather than by field, so one occurrence counts once.
 */
final class Mentions {
    private Mentions() {}

    /** @return the number of distinct, non-overlapping mention spans in the title and body */
    static int count(Matches matches) throws IOException {
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
        return merged(title) + merged(body);
    }

    private static int merged(List<int[]> spans) {
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int count = 0, end = Integer.MIN_VALUE;
        for (int[] s : spans) {
            if (s[0] >= end) count++;
            end = Math.max(end, s[1]);
        }
        return count;
    }
}
