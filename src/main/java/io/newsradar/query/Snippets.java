package io.newsradar.query;

import io.newsradar.index.Schema;
import io.newsradar.model.Snippet;
import io.newsradar.index.syntax.MatchWalk;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the snippet of a hit from Lucene's Matches API: the character offsets, indexed in the postings of every
 * {@code body*} and {@code lead*} field, of exactly the terms, phrases and intervals that made the document match
 * (in whichever language field matched), mapped into the stored body. The passage is the window of about
 * {@link #WINDOW} characters holding the most matches, widened to a word or sentence boundary; white space is
 * folded to single spaces and the highlight offsets are carried through the folding.
 */
final class Snippets {
    /** Target passage length, UTF-16 code units. */
    static final int WINDOW = 200;
    private static final List<String> FIELDS = new ArrayList<>();

    static {
        FIELDS.addAll(Schema.Text.BODY.fields());
        FIELDS.addAll(Schema.Text.LEAD.fields());
    }

    private Snippets() {}

    /**
     * @param weight the text query's weight (filters excluded), or null when the query has no text part
     * @param leaf   the segment of the hit
     * @param doc    the hit's segment-local doc id
     * @param body   the stored body text
     */
    static Snippet of(Weight weight, LeafReaderContext leaf, int doc, String body) throws IOException {
        List<Snippet.Span> spans = weight == null ? List.of() : spans(MatchWalk.matches(weight, leaf, doc), body.length());
        return passage(body, merge(spans));
    }

    static List<Snippet.Span> spans(Matches matches, int bodyLength) throws IOException {
        List<Snippet.Span> out = new ArrayList<>();
        if (matches == null) return out;
        for (String field : FIELDS) {
            MatchWalk.walk(matches.getMatches(field), true, (sp, ep, start, end) -> add(out, start, end, bodyLength));
        }
        return out;
    }

    private static void add(List<Snippet.Span> out, int start, int end, int bodyLength) {
        if (start >= 0 && end > start && end <= bodyLength) out.add(new Snippet.Span(start, end));
    }

    /** @return spans sorted by start, overlapping or touching ones merged */
    static List<Snippet.Span> merge(List<Snippet.Span> spans) {
        List<Snippet.Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Snippet.Span::start).thenComparingInt(Snippet.Span::end));
        List<Snippet.Span> out = new ArrayList<>();
        for (Snippet.Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.getLast().end()) {
                Snippet.Span last = out.removeLast();
                out.add(new Snippet.Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Picks the densest window, cuts it at boundaries, folds white space, shifts the spans into it. */
    static Snippet passage(String body, List<Snippet.Span> spans) {
        if (body.isEmpty()) return Snippet.EMPTY;
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < spans.size(); i++) {
            int n = 0;
            while (i + n < spans.size() && spans.get(i + n).end() <= spans.get(i).start() + WINDOW) n++;
            if (n > bestCount) {
                best = i;
                bestCount = n;
            }
        }
        int start = spans.isEmpty() ? 0 : backToBoundary(body, spans.get(best).start());
        int end = Math.min(body.length(), start + WINDOW);
        if (!spans.isEmpty()) end = Math.max(end, Math.min(body.length(), spans.get(best).end()));
        end = forwardToBoundary(body, end);
        return fold(body, start, end, spans);
    }

    /** Up to 60 characters back to just after a sentence end or line break, else to a space. */
    private static int backToBoundary(String body, int from) {
        int limit = Math.max(0, from - 60);
        int space = -1;
        for (int i = from; i > limit; i--) {
            char c = body.charAt(i - 1);
            if (c == '。' || c == '\n' || c == '．' || c == '！' || c == '？') return i;
            if ((c == '.' || c == '!' || c == '?') && i < body.length() && Character.isWhitespace(body.charAt(i))) return i;
            if (space < 0 && Character.isWhitespace(c)) space = i;
        }
        if (limit == 0) return 0;
        return space >= 0 ? space : from;
    }

    private static int forwardToBoundary(String body, int end) {
        int limit = Math.min(body.length(), end + 30);
        for (int i = end; i < limit; i++) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c) || c == '。' || c == '、') return i + (c == '。' || c == '、' ? 1 : 0);
        }
        if (end < body.length() && Character.isLowSurrogate(body.charAt(end))) end++;
        return end;
    }

    /** Copies {@code body[start,end)} folding white-space runs to one space and trimming; moves spans along. */
    private static Snippet fold(String body, int start, int end, List<Snippet.Span> spans) {
        StringBuilder sb = new StringBuilder(end - start);
        int[] map = new int[end - start + 1];
        boolean inSpace = true;
        for (int i = start; i < end; i++) {
            map[i - start] = sb.length();
            char c = body.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space && !inSpace) sb.append(' ');
            if (!space) sb.append(c);
            inSpace = space;
        }
        map[end - start] = sb.length();
        int trimmed = sb.length();
        while (trimmed > 0 && sb.charAt(trimmed - 1) == ' ') trimmed--;
        sb.setLength(trimmed);
        List<Snippet.Span> moved = new ArrayList<>();
        for (Snippet.Span s : spans) {
            if (s.start() < start || s.end() > end) continue;
            int a = map[s.start() - start];
            int b = Math.min(map[s.end() - start], trimmed);
            if (b > a) moved.add(new Snippet.Span(a, b));
        }
        return new Snippet(sb.toString(), moved);
    }
}
