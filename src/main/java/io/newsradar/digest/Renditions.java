package io.newsradar.digest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A digest and its text in each format, rendered once and shared by all outputs of a run. Formats an output
 * needs but the run did not ask for (e-mail needs Markdown and HTML, a webhook JSON) are rendered on demand.
 * Thread-safe.
 */
public final class Renditions {
    private final Digest digest;
    private final List<DigestFormat> formats;
    private final Map<DigestFormat, String> texts = new EnumMap<>(DigestFormat.class);
    private String mailHtml;
    private Map<String, byte[]> charts;

    /**
     * @param digest  the digest
     * @param formats the formats asked for, in order (what file and stream outputs write); not empty
     */
    public Renditions(Digest digest, List<DigestFormat> formats) {
        if (formats.isEmpty()) throw new IllegalArgumentException("no digest format");
        this.digest = digest;
        this.formats = List.copyOf(formats);
    }

    public Digest digest() {
        return digest;
    }

    public List<DigestFormat> formats() {
        return formats;
    }

    /** @return the text of {@code format}, rendered on first use */
    public synchronized String text(DigestFormat format) {
        return texts.computeIfAbsent(format, f -> f.renderer().render(digest));
    }

    /** @return the HTML of the e-mail part ({@link HtmlDigestRenderer#mail}), rendered on first use */
    public synchronized String mailHtml() {
        if (mailHtml == null) mailHtml = new HtmlDigestRenderer().mail(digest);
        return mailHtml;
    }

    /** @return the chart PNGs the e-mail HTML references, by Content-ID ({@link HtmlDigestRenderer#charts}) */
    public synchronized Map<String, byte[]> charts() {
        if (charts == null) charts = HtmlDigestRenderer.charts(digest);
        return charts;
    }
}
