package io.newsradar.archive;

import io.newsradar.fetch.Exchange;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Serialises an {@link Exchange} as the HTTP/1.1 message blocks of WARC request and response records. */
final class HttpBlocks {
    private HttpBlocks() {
    }

    static byte[] request(Exchange e) {
        URI u = e.target();
        String path = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        StringBuilder head = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> h : e.requestHeaders()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] response(Exchange e) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(e.status()).append(' ')
                .append(e.reasonPhrase() == null || e.reasonPhrase().isEmpty() ? reason(e.status()) : e.reasonPhrase())
                .append("\r\n");
        for (Map.Entry<String, List<String>> h : e.responseHeaders().entrySet()) {
            if (e.truncated() && h.getKey().equals("content-length")) continue;
            for (String v : h.getValue()) head.append(h.getKey()).append(": ").append(v).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + e.rawBody().length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(e.rawBody());
        return out.toByteArray();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status >= 400 ? "Error" : "Status";
        };
    }
}
