package io.newsradar.sources;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Gzip (RFC 1952) detection and bounded decompression of bodies that arrive still compressed. */
final class Gzip {
    private Gzip() {
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /**
     * @param max largest output in bytes
     * @throws IOException when the stream is corrupt or truncated, or decompresses to more than {@code max}
     */
    static byte[] gunzip(byte[] gz, int max) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, gz.length * 4 + 64));
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > max) throw new IOException("more than " + max + " bytes after decompression");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
