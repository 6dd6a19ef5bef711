package io.newsradar.digest;

/**
 * Where a digest goes: a file, a stream, an e-mail, a webhook. {@link #deliver} returns normally only when the
 * destination accepted the digest; only then does the run record the window as delivered.
 */
public interface DigestOutput {
    /** @throws DeliveryException when the destination did not accept it (the run then records nothing) */
    void deliver(Renditions digest) throws DeliveryException;

    /** @return a short description for logs and results, e.g. {@code file digests/daily-2025-02-02.md}; no secrets */
    String describe();
}
