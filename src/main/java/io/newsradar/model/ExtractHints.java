package io.newsradar.model;

import java.util.List;

/**
 * Per-source extraction hints from the sources file: CSS selectors (jsoup syntax, a superset of CSS Selectors Level 3)
 * that override the generic heuristics on the pages of one outlet. Every part is optional; an absent part leaves the
 * heuristics in charge. Selector syntax is checked where the hints are read (the sources file), not here.
 *
 * @param hosts   host names whose pages the hints apply to, lower-case; empty = the hosts of the source's own URLs
 * @param content the element(s) holding the article body; when it matches, the body is read from the matches only
 * @param remove  elements removed before anything else is read (related links, share bars, ads)
 * @param title   the element whose text is the headline
 * @param date    the element giving the publication time: its {@code datetime} or {@code content} attribute, else its text
 */
public record ExtractHints(List<String> hosts, String content, List<String> remove, String title, String date) {
    /** No hints. */
    public static final ExtractHints NONE = new ExtractHints(List.of(), null, List.of(), null, null);

    public ExtractHints {
        hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        remove = remove == null ? List.of() : List.copyOf(remove);
        content = blankToNull(content);
        title = blankToNull(title);
        date = blankToNull(date);
    }

    /** @return true when no selector is given (hosts alone change nothing) */
    public boolean isEmpty() {
        return content == null && remove.isEmpty() && title == null && date == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
