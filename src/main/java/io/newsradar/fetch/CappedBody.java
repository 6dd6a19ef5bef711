package io.newsradar.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, cancelling the transfer as soon as the cap is passed (the rest is never
 * read), or before reading when {@code Content-Length} already says it is too large.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body passed the cap; {@link #partial} holds the first {@code cap} bytes. */
    static final class TooLarge extends IOException {
        final transient byte[] partial;

        TooLarge(long cap, byte[] partial) {
            super("body over " + cap + " bytes", null);
            this.partial = partial;
        }
    }

    private final long cap;
    private final long declaredLength;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap, long declaredLength) {
        this.cap = cap;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > cap) {
            s.cancel();
            result.completeExceptionally(new TooLarge(cap, new byte[0]));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > cap) {
                int keep = (int) (cap - buffer.size());
                byte[] part = new byte[keep];
                b.get(part);
                buffer.writeBytes(part);
                subscription.cancel();
                result.completeExceptionally(new TooLarge(cap, buffer.toByteArray()));
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
