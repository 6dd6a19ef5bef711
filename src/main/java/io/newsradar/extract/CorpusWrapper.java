package io.newsradar.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes the crawl container of zh-cwced pages: a first line {@code <text id="URL" title="..." encoding="...">}
 * and a last {@code </text>}, which are not part of the served page (see the set's MANIFEST).
 */
final class CorpusWrapper {
    private static final byte[] OPEN = "<text ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</text>".getBytes(StandardCharsets.US_ASCII);

    private CorpusWrapper() { }

    static byte[] unwrap(byte[] b) {
        int start = 0;
        while (start < b.length && (b[start] == ' ' || b[start] == '\n' || b[start] == '\r' || b[start] == '\t')) start++;
        if (!startsWith(b, start, OPEN)) return b;
        int gt = start;
        while (gt < b.length && b[gt] != '>') gt++;
        int from = Math.min(b.length, gt + 1);
        int end = b.length;
        while (end > from && (b[end - 1] == ' ' || b[end - 1] == '\n' || b[end - 1] == '\r' || b[end - 1] == '\t')) end--;
        if (end - from >= CLOSE.length && startsWith(b, end - CLOSE.length, CLOSE)) end -= CLOSE.length;
        return Arrays.copyOfRange(b, from, end);
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[at + i] != prefix[i]) return false;
        return true;
    }
}
