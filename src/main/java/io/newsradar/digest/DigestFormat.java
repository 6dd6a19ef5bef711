package io.newsradar.digest;

import java.util.Locale;

/** The formats a digest renders to. */
public enum DigestFormat {
    /** Markdown (CommonMark), through the {@code digest/digest.md.mustache} template. */
    MD,
    /** One JSON object (schema in {@link JsonDigestRenderer}). */
    JSON;

    /** @throws IllegalArgumentException naming the accepted formats */
    public static DigestFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown digest format '" + s + "' (use md or json)");
        }
    }

    /** @return the renderer of this format */
    public DigestRenderer renderer() {
        return switch (this) {
            case MD -> new MarkdownDigestRenderer();
            case JSON -> new JsonDigestRenderer();
        };
    }
}
