package io.newsradar.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which blocks inside the chosen container are article text, in order. A block is dropped when it is
 * furniture, the headline, mostly links (unless it is a sentence with links), interface text or a menu line;
 * the body ends at a label that opens comments or related reading, or at a subscription prompt, once text has
 * been seen; link-dense lines between two kept paragraphs (lists of linked names) are kept; bare datelines and
 * "By ..." lines among the first blocks are header, not text; repeated blocks are dropped; headings are kept
 * when text follows them.
 */
final class BodyRenderer {
    private static final int HEADER_BLOCKS = 5;
    private static final java.util.regex.Pattern BYLINE_ONLY =
            java.util.regex.Pattern.compile("(?i)^(by|written by|story by|text by|文[:：/／])\\s*\\p{L}[\\p{L}.'’\\- ,&]{1,50}$");

    private BodyRenderer() { }

    /**
     * @param blocks    all blocks of the page
     * @param root      the chosen container
     * @param normTitle the headline, whitespace-normalised
     * @return the body blocks, in order
     */
    static List<Block> render(List<Block> blocks, Element root, String normTitle) {
        List<Block> inRoot = new ArrayList<>();
        for (Block b : blocks) if (ContentSelector.chainBelow(b.owner(), root) != null) inRoot.add(b);
        boolean[] keep = new boolean[inRoot.size()];
        boolean text = false;
        for (int i = 0; i < keep.length; i++) {
            Block b = inRoot.get(i);
            if (text && (UiText.endsArticle(b) || Paywalls.isPrompt(b))) break;
            keep[i] = keep(b, normTitle);
            text |= keep[i] && b.isRealParagraph();
        }
        for (int i = 1; i < keep.length; i++) {
            if (keep[i] || !keep[i - 1]) continue;
            int j = i;
            while (j < keep.length && !keep[j] && linkedLineAmongText(inRoot.get(j))) j++;
            if (j < keep.length && j > i && keep[j]) java.util.Arrays.fill(keep, i, j, true);
        }
        dropHeaderDatelines(keep, inRoot);
        List<Block> kept = new ArrayList<>();
        String last = null;
        for (int i = 0; i < keep.length; i++) {
            Block b = inRoot.get(i);
            if (!keep[i] || b.text().equals(last)) continue;
            kept.add(b);
            last = b.text();
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            boolean textFollows = i + 1 < kept.size() && kept.get(i + 1).heading() == 0;
            if (b.heading() > 0 && !textFollows) continue;
            out.add(b);
        }
        return out;
    }

    /** Paragraphs dense with links (lists of linked names) between two kept paragraphs are part of the text. */
    private static boolean linkedLineAmongText(Block b) {
        return b.owner().normalName().equals("p") && !b.furniture() && b.linkDensity() < 0.9
                && !b.ui() && !UiText.isMenuLine(b);
    }

    private static boolean keep(Block b, String normTitle) {
        if (b.furniture() || ContentSelector.isTitle(b, normTitle)) return false;
        if (b.linkDensity() >= 0.5 && !linkedSentence(b)) return false;
        return !b.ui() && !UiText.isMenuLine(b);
    }

    /**
     * Bare datelines ("Nov. 20, 2019, 9:28 AM UTC", "By Reuters") among the first blocks are the article's header;
     * further down ("— Name (@handle) November 19, 2019" closing a quoted post) they are text.
     */
    private static void dropHeaderDatelines(boolean[] keep, List<Block> blocks) {
        int seen = 0;
        for (int i = 0; i < keep.length && seen < HEADER_BLOCKS; i++) {
            if (!keep[i]) continue;
            seen++;
            String t = blocks.get(i).text();
            if (Datelines.isBareDateline(t) || (t.length() < 60 && BYLINE_ONLY.matcher(t).matches())) keep[i] = false;
        }
    }

    /** A paragraph that is a sentence with links in it (not a link list): some unlinked text, final punctuation. */
    private static boolean linkedSentence(Block b) {
        if (b.linkDensity() >= 0.75 || b.weight() - b.linkWeight() < 25) return false;
        String t = b.text();
        char last = t.charAt(t.length() - 1);
        return b.owner().normalName().equals("p") && ".!?。！？\"”".indexOf(last) >= 0;
    }
}
