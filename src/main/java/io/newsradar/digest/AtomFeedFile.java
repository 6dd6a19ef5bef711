package io.newsradar.digest;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps an Atom feed file growing by one entry per digest run (RFC 4287): the new feed's entries first, then
 * the old file's entries whose ids it does not repeat, at most {@value #KEEP} entries. The feed-level elements
 * (id, title, updated) are the new feed's. An unreadable old file is replaced (its entries are lost, the
 * new one is written).
 */
final class AtomFeedFile {
    static final int KEEP = 50;

    private AtomFeedFile() {
    }

    /** @return the new feed with the old feed's other entries appended */
    static String merge(String oldFeed, String newFeed) {
        try {
            Document fresh = parse(newFeed);
            Document old;
            try {
                old = parse(oldFeed);
            } catch (SAXException | IOException e) {
                return newFeed;
            }
            Set<String> ids = new HashSet<>();
            List<Element> entries = entries(fresh.getDocumentElement());
            for (Element e : entries) ids.add(id(e));
            int kept = entries.size();
            for (Element e : entries(old.getDocumentElement())) {
                if (kept >= KEEP) break;
                if (ids.add(id(e))) {
                    fresh.getDocumentElement().appendChild(fresh.importNode(e, true));
                    kept++;
                }
            }
            return serialize(fresh);
        } catch (SAXException | IOException | ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot merge Atom feed: " + e.getMessage(), e);
        }
    }

    private static Document parse(String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> entries(Element feed) {
        List<Element> out = new ArrayList<>();
        for (Node n = feed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AtomDigestRenderer.NS.equals(e.getNamespaceURI()) && "entry".equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    private static String id(Element entry) {
        for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "id".equals(e.getLocalName())) return e.getTextContent().strip();
        }
        return "";
    }

    private static String serialize(Document doc) throws TransformerException {
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out + "\n";
    }
}
