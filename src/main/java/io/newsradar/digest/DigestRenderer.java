package io.newsradar.digest;

/** Turns a {@link Digest} into the text of one format. Implementations are stateless and thread-safe. */
public interface DigestRenderer {
    /** @return the whole document, ending with a newline */
    String render(Digest digest);
}
