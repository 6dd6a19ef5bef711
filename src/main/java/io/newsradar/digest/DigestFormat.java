package io.newsradar.digest;

import java.util.Locale;

/** The formats a digest renders to, with their file extension and media type. */
public enum DigestFormat {
    /** Markdown (CommonMark), through the {@code digest/digest.md.mustache} template. */
    MD("md", "text/markdown; charset=utf-8"),
    /** E-mail-safe HTML (inline CSS, no scripts), through {@code digest/digest.html.mustache}. */
    HTML("html", "text/html; charset=utf-8"),
    /** One JSON object (schema in {@link JsonDigestRenderer}). */
    JSON("json", "application/json"),
    /** An Atom feed (RFC 4287) with one entry per digest run. */
    ATOM("atom", "application/atom+xml");

    private final String extension;
    private final String mediaType;

    DigestFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * @param s {@code md}, {@code markdown}, {@code html}, {@code json}, {@code atom} or {@code xml} (any case)
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static DigestFormat parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "md", "markdown" -> MD;
            case "html" -> HTML;
            case "json" -> JSON;
            case "atom", "xml" -> ATOM;
            default -> throw new IllegalArgumentException("unknown digest format '" + s + "' (use md, html, json or atom)");
        };
    }

    /** @return file extension without the dot ({@code md}, {@code html}, {@code json}, {@code atom}) */
    public String extension() {
        return extension;
    }

    /** @return the media type of the rendered text */
    public String mediaType() {
        return mediaType;
    }

    /** @return the renderer of this format (Atom without a self link) */
    public DigestRenderer renderer() {
        return switch (this) {
            case MD -> new MarkdownDigestRenderer();
            case HTML -> new HtmlDigestRenderer();
            case JSON -> new JsonDigestRenderer();
            case ATOM -> new AtomDigestRenderer();
        };
    }
}
