package io.newsradar.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Removes a {@code Content-Encoding} (RFC 9110 §8.4.1: gzip, x-gzip, deflate; identity) with the body cap applied
 * to the decoded size, so a gzip bomb stops at the cap instead of filling memory.
 */
final class ContentDecoder {
    private ContentDecoder() {
    }

    /**
     * @param raw      body as received
     * @param encoding the Content-Encoding header, or null
     * @param cap      largest decoded size in bytes
     * @throws FetchProblem {@link FetchError#TOO_LARGE} past the cap, {@link FetchError#BAD_ENCODING} for a corrupt,
     *                      truncated or unsupported encoding
     */
    static byte[] decode(byte[] raw, String encoding, long cap) throws FetchProblem {
        String enc = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        if (enc.isEmpty() || enc.equals("identity") || raw.length == 0) return raw;
        try {
            return switch (enc) {
                case "gzip", "x-gzip" -> drain(new GZIPInputStream(new ByteArrayInputStream(raw)), cap);
                case "deflate" -> inflate(raw, cap);
                default -> throw new FetchProblem(FetchError.BAD_ENCODING, "unsupported content encoding " + enc);
            };
        } catch (EOFException e) {
            throw new FetchProblem(FetchError.BAD_ENCODING, "truncated " + enc + " body");
        } catch (IOException e) {
            throw new FetchProblem(FetchError.BAD_ENCODING, "corrupt " + enc + " body: " + e.getMessage());
        }
    }

    private static byte[] inflate(byte[] raw, long cap) throws IOException, FetchProblem {
        try {
            return drain(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(false)), cap);
        } catch (ZipException e) { // servers often send raw DEFLATE without the zlib wrapper
            return drain(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), cap);
        }
    }

    private static byte[] drain(InputStream in, long cap) throws IOException, FetchProblem {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > cap) {
                    throw new FetchProblem(FetchError.TOO_LARGE, "body over " + cap + " bytes after decoding");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
