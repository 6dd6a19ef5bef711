package io.newsradar.digest;

/**
 * Where a digest goes: a file, a stream, an e-mail, a webhook. {@link #deliver} returns normally only when the
 * destination accepted the digest; only then does the run record the window as delivered.
 */
public interface DigestOutput {
    /** @throws DeliveryException when the destination did not accept it (the run then records nothing) */
    void deliver(Renditions digest) throws DeliveryException;

    /**
     * @return a short description of the output as configured, the same for every run (it identifies the output in
     *         a partly delivered digest's state), e.g. {@code file digests/{name}-{date}.{ext}}; no secrets
     */
    String describe();

    /**
     * @param digest a digest this output accepted
     * @return what this output did with {@code digest}, for logs and results, e.g.
     *         {@code file /srv/radar/digests/daily-2025-02-02.md}; by default {@link #describe()}; no secrets
     */
    default String describe(Renditions digest) {
        return describe();
    }
}
