package io.newsradar.extract;

import io.newsradar.model.Page;

import java.util.Locale;

/** Refuses input that is not an HTML page, with a one-line reason. */
final class ContentChecks {
    private ContentChecks() { }

    /** @throws ExtractionException when the body is empty or the Content-Type names a non-HTML type */
    static void requireHtml(Page page) throws ExtractionException {
        if (page.content().length == 0) throw new ExtractionException(page.url(), "empty response body");
        String ct = page.contentType();
        if (ct == null || ct.isBlank()) return;
        String type = ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        boolean html = type.isEmpty() || type.contains("html") || type.equals("text/plain") || type.endsWith("/xml")
                || type.equals("application/octet-stream") || type.equals("text/xml");
        if (!html) throw new ExtractionException(page.url(), "not HTML (" + type + ")");
    }

    /** @throws ExtractionException when the decoded text is blank or binary */
    static void requireText(String url, String text) throws ExtractionException {
        if (text.isBlank()) throw new ExtractionException(url, "empty document");
        int n = Math.min(text.length(), 2048), controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) controls++;
        }
        if (controls * 20 > n) throw new ExtractionException(url, "binary content, not an HTML page");
        if (text.indexOf('<') < 0) throw new ExtractionException(url, "no HTML markup in the document");
    }
}
