package io.newsradar.model;

import java.util.List;

/**
 * A passage of article text with the matched terms marked by character offsets.
 *
 * @param text       the passage, at most a few hundred characters, whitespace folded
 * @param highlights non-overlapping {@code [start, end)} UTF-16 offsets into {@code text}, ascending
 */
public record Snippet(String text, List<Span> highlights) {
    public static final Snippet EMPTY = new Snippet("", List.of());

    /** A highlighted range {@code [start, end)} in UTF-16 code units. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Snippet {
        text = text == null ? "" : text;
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        for (Span s : highlights) {
            if (s.end() > text.length()) throw new IllegalArgumentException("span past end of snippet: " + s);
        }
    }

    /**
     * Renders the snippet with each highlight wrapped in {@code open} and {@code close}
     * (e.g. ANSI bold, {@code **} for Markdown, {@code <mark>} for HTML after escaping by the caller).
     */
    public String render(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * 8);
        int pos = 0;
        for (Span s : highlights) {
            sb.append(text, pos, s.start()).append(open).append(text, s.start(), s.end()).append(close);
            pos = s.end();
        }
        return sb.append(text.substring(pos)).toString();
    }
}
