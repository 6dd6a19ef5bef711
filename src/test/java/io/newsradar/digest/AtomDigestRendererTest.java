package io.newsradar.digest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;

class AtomDigestRendererTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static org.w3c.dom.Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) out.add(e);
        }
        return out;
    }

    /** RFC 4287 4.1.1 and 4.1.2: exactly one id, title, updated per feed and entry; an author on each entry (no feed author). */
    @Test
    void hasTheElementsRfc4287Requires() throws Exception {
        String xml = new AtomDigestRenderer("https://digest.example.org/daily.atom").render(withItem("t", "https://news.example.jp/a/1"));
        Element feed = dom(xml).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String one : List.of("id", "title", "updated")) assertThat(children(feed, one)).as("feed/" + one).hasSize(1);
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(children(feed, "author").getFirst(), "name")).hasSize(1);
        assertThat(children(feed, "link")).singleElement().satisfies(l -> assertThat(l.getAttribute("rel")).isEqualTo("self"));
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(1);
        Element entry = entries.getFirst();
        for (String one : List.of("id", "title", "updated", "content", "summary")) {
            assertThat(children(entry, one)).as("entry/" + one).hasSize(1);
        }
        assertThat(URI.create(children(feed, "id").getFirst().getTextContent()).isAbsolute()).isTrue();
        assertThat(URI.create(children(entry, "id").getFirst().getTextContent()).isAbsolute()).isTrue();
        // RFC 3339 date-times
        assertThat(Instant.parse(children(feed, "updated").getFirst().getTextContent())).isEqualTo("2025-02-01T22:00:00Z");
        assertThat(Instant.parse(children(entry, "updated").getFirst().getTextContent())).isEqualTo("2025-02-01T22:00:00Z");
        assertThat(children(entry, "content").getFirst().getAttribute("type")).isEqualTo("html");
    }

    @Test
    void romeReadsItBackWithTheHtmlOfTheDigest() throws Exception {
        String xml = new AtomDigestRenderer().render(withItem("中国発AIディープシークの台頭 & <b>", "https://news.example.jp/a/1"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("newsradar digest: daily");
        SyndEntry e = feed.getEntries().getFirst();
        assertThat(e.getUri()).isEqualTo(AtomDigestRenderer.entryId(withItem("x", "y")));
        assertThat(e.getAuthor()).isEqualTo("newsradar");
        assertThat(e.getLinks()).extracting(l -> l.getHref()).containsExactly("https://news.example.jp/a/1");
        String html = e.getContents().getFirst().getValue();
        assertThat(html).contains("中国発AIディープシークの台頭 &amp; &lt;b&gt;").contains("<a href=\"https://news.example.jp/a/1\"");
    }

    @Test
    void idsAreStablePerNameAndWindow() {
        assertThat(AtomDigestRenderer.feedId("daily")).isEqualTo(AtomDigestRenderer.feedId("daily")).isNotEqualTo(AtomDigestRenderer.feedId("weekly"));
        assertThat(AtomDigestRenderer.entryId(withItem("a", "b"))).isEqualTo(AtomDigestRenderer.entryId(withItem("c", "d")));
    }

    @Test
    void hostileTextStaysWellFormedXml() throws Exception {
        String title = "</title><script>x</script>\u0001\u0008 ]]> \"'&amp; \uD800";
        String xml = new AtomDigestRenderer().render(withItem(title, "javascript:alert(1)"));
        org.w3c.dom.Document doc = dom(xml); // throws on malformed XML
        Element entry = children(doc.getDocumentElement(), "entry").getFirst();
        assertThat(children(entry, "link")).isEmpty();
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(children(entry, "content").getFirst().getTextContent())
                .contains("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; ]]&gt; &quot;&#39;&amp;amp;");
    }
}
