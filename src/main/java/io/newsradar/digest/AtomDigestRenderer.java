package io.newsradar.digest;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Atom feed (RFC 4287) of a digest run, written with the JDK's StAX writer (which escapes text and attributes).
 *
 * <p>Feed: {@code id} ({@code urn:uuid:} derived from the digest name, stable across runs), {@code title},
 * {@code updated} (generation time, UTC), {@code author}, {@code generator}, and {@code link rel="self"} when a
 * feed URL is configured. One {@code entry} per digest run: {@code id} ({@code urn:uuid:} from name and window,
 * so a re-rendered run keeps its id), {@code title} (window and count), {@code updated}, {@code author},
 * {@code link rel="related"} to each listed article with an http(s) URL, a text {@code summary} and
 * {@code content type="html"} holding the escaped HTML fragment of {@link HtmlDigestRenderer#fragment}.
 * Characters XML 1.0 forbids (C0 controls other than tab/CR/LF, unpaired surrogates, U+FFFE/U+FFFF) are dropped.
 */
public final class AtomDigestRenderer implements DigestRenderer {
    static final String NS = "http://www.w3.org/2005/Atom";
    private final String selfUrl;

    /** A feed without a self link. */
    public AtomDigestRenderer() {
        this(null);
    }

    /** @param selfUrl where the feed is published (its {@code rel="self"} link), or null */
    public AtomDigestRenderer(String selfUrl) {
        this.selfUrl = selfUrl == null || selfUrl.isBlank() ? null : DigestView.href(selfUrl);
    }

    /** @return {@code urn:uuid:} id of the feed of digest {@code name} */
    public static String feedId(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("newsradar digest " + name).getBytes(StandardCharsets.UTF_8));
    }

    /** @return {@code urn:uuid:} id of the entry for one run (name and window) */
    public static String entryId(Digest d) {
        String key = "newsradar digest " + d.name() + " " + d.windowStart() + " " + d.windowEnd();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String render(Digest d) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(NS);
            element(w, "id", feedId(d.name()));
            element(w, "title", "newsradar digest: " + d.name());
            element(w, "updated", d.generatedAt().toString());
            author(w);
            w.writeStartElement("generator");
            w.writeCharacters(clean(Digest.generator()));
            w.writeEndElement();
            if (selfUrl != null) link(w, "self", selfUrl, "application/atom+xml");
            entry(w, d);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void entry(XMLStreamWriter w, Digest d) throws XMLStreamException {
        w.writeStartElement("entry");
        element(w, "id", entryId(d));
        element(w, "title", d.name() + ": " + d.newTotal() + " new articles counted per theme, " + window(d));
        element(w, "updated", d.generatedAt().toString());
        author(w);
        for (Digest.Section s : d.sections()) {
            for (Digest.Item i : s.items()) {
                String href = DigestView.href(i.url());
                if (href != null) link(w, "related", href, "text/html");
            }
        }
        element(w, "summary", d.newTotal() + " new articles counted per theme in " + d.sections().size() + " themes, " + window(d));
        w.writeStartElement("content");
        w.writeAttribute("type", "html");
        w.writeCharacters(clean(new HtmlDigestRenderer().fragment(d)));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String window(Digest d) {
        return d.windowStart() + " to " + d.windowEnd();
    }

    private static void author(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("author");
        element(w, "name", "newsradar");
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", clean(href));
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(clean(text));
        w.writeEndElement();
    }

    /** @return {@code s} without the characters XML 1.0 does not allow */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (ok) b.appendCodePoint(cp);
        }
        return b.toString();
    }
}
