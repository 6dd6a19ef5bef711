package io.newsradar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a cleaned page body into its sequence of text {@link Block}s in one traversal. Block boundaries are the
 * HTML block-level elements; inline markup ({@code a}, {@code span}, {@code em}...) joins the surrounding
 * text; {@code <br>} becomes a line break. Whitespace is collapsed, and a line break of the source between two
 * CJK characters is dropped (it is layout, not a space). Not thread-safe: one instance per page.
 */
final class BlockLinearizer implements NodeVisitor {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend", "html", "frameset", "frame", "dir");

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile(" *\n[ \n]*");
    private final List<Block> blocks = new ArrayList<>();
    private final List<Element> open = new ArrayList<>();
    private final Set<Element> furnitureSet;
    private final StringBuilder buf = new StringBuilder();
    private int weight, linkWeight, linkDepth, furnitureDepth;
    private int pending; // 0 none, 1 space, 2 space from a line break

    private BlockLinearizer(Set<Element> furnitureSet) {
        this.furnitureSet = furnitureSet;
    }

    /**
     * @param body     cleaned body element
     * @param furniture elements whose text is furniture around the article (from {@link BoilerplateCleaner})
     * @return the blocks with text, in document order
     */
    static List<Block> linearize(Element body, Set<Element> furniture) {
        BlockLinearizer v = new BlockLinearizer(furniture);
        v.open.add(body);
        NodeTraversor.traverse(v, body);
        v.flush();
        return v.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                buf.append('\n');
                pending = 0;
                return;
            }
            if (tag.equals("a") && e.hasAttr("href")) linkDepth++;
            if (isFurniture(e)) furnitureDepth++;
            if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                open.add(e);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (tag.equals("br")) return;
        if (tag.equals("a") && e.hasAttr("href")) linkDepth--;
        if (BLOCK_TAGS.contains(tag) && depth > 0) {
            flush();
            open.remove(open.size() - 1);
        }
        if (isFurniture(e)) furnitureDepth--;
    }

    private boolean isFurniture(Element e) {
        return furnitureSet.contains(e);
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == 0xA0 || cp == 0x200B) {
                if (cp == '\n' || cp == '\r') pending = 2;
                else if (pending == 0) pending = 1;
                continue;
            }
            if (pending != 0 && buf.length() > 0) {
                char last = buf.charAt(buf.length() - 1);
                boolean join = pending == 2 && Block.isWide(last) && Block.isWide(cp);
                if (!join && last != '\n' && last != ' ') buf.append(' ');
            }
            pending = 0;
            buf.appendCodePoint(cp);
            int w = Block.charWeight(cp);
            weight += w;
            if (linkDepth > 0) linkWeight += w;
        }
    }

    private void flush() {
        if (buf.length() > 0) {
            String text = buf.indexOf("\n") < 0 ? buf.toString().strip()
                    : lineBreaks(buf.toString());
            Element owner = open.get(open.size() - 1);
            if (!text.isEmpty()) {
                blocks.add(new Block(owner, text, weight, linkWeight, headingLevel(owner), furnitureDepth > 0, blocks.size(),
                        UiText.isInterface(text, weight)));
            }
        }
        buf.setLength(0);
        weight = 0;
        linkWeight = 0;
        pending = 0;
    }

    /** One {@code <br>} is a line break; two or more (a blank line) separate paragraphs. */
    private static String lineBreaks(String s) {
        return LINE_BREAKS.matcher(s).replaceAll(m -> m.group().chars().filter(c -> c == '\n').count() > 1 ? "\n\n" : "\n")
                .strip();
    }

    private static int headingLevel(Element e) {
        String t = e.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6' ? t.charAt(1) - '0' : 0;
    }
}
