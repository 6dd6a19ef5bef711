package io.newsradar.digest;

import com.github.mustachejava.Mustache;

/**
 * Markdown (CommonMark) digest through the template {@code digest/digest.md.mustache}. Every text value is
 * escaped for Markdown (ASCII punctuation with inline meaning is backslash-escaped, line breaks folded), and
 * a title becomes a link only when its URL is an absolute http(s) URL.
 */
public final class MarkdownDigestRenderer implements DigestRenderer {
    private static final Mustache TEMPLATE = Templates.escapedWith("digest.md.mustache", MarkdownDigestRenderer::md);

    @Override
    public String render(Digest d) {
        return Templates.run(TEMPLATE, DigestView.of(d)).replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /**
     * Escapes the characters that carry inline Markdown (CommonMark) meaning inside a list item: emphasis, code,
     * links, raw HTML, entities, tables, strike-through; folds line breaks. Values never start a line, so block
     * markers ({@code #}, {@code -}, {@code +}) need no escape.
     */
    static String md(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) b.append('\\');
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }
}
