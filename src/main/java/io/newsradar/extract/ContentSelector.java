package io.newsradar.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the element holding the article text and the blocks of it that are text.
 *
 * <p>Each block gets a value: its text weight, minus 2.5 times its link weight (a block that is two-fifths links
 * is worth nothing), minus a small penalty when very short; headings, the headline and furniture are neutral.
 * Values are summed over every ancestor, so each container scores the text it holds minus the link lists and
 * crumbs it drags in; the best-scoring container is taken (like Readability's candidate scoring, but summed over
 * the whole subtree rather than two levels). That container is then narrowed to the lowest common ancestor of
 * its real paragraphs ({@link Block#isRealParagraph}), so a wrapper adding only a dateline or a survey prompt is
 * not kept. Blocks inside it are kept unless they are furniture, mostly links, interface text, menu lines or a
 * bare dateline; headings are kept when text follows them.
 */
final class ContentSelector {
    /** The chosen container and the body blocks in order. */
    record Selection(Element root, List<Block> blocks) { }

    private ContentSelector() { }

    static Selection select(List<Block> blocks, String title, Element body) {
        if (blocks.isEmpty()) return new Selection(body, List.of());
        String normTitle = norm(title);
        Map<Element, double[]> scores = scores(blocks, normTitle, body);
        Element best = climb(bestLocal(blocks, normTitle, body), scores, body);
        Element root = narrow(best, blocks);
        return new Selection(root, render(blocks, root, normTitle));
    }

    /**
     * Readability-style local candidate: each block's value is credited to its owner, the owner's parent (in
     * full) and grandparent (half), so a container is judged by the text it holds directly, not by junk nested
     * deeper.
     */
    private static Element bestLocal(List<Block> blocks, String normTitle, Element body) {
        Map<Element, double[]> local = new IdentityHashMap<>();
        for (Block b : blocks) {
            double v = value(b, normTitle);
            if (v <= 0) continue;
            Element e = b.owner();
            double[] share = {1, 1, 0.5};
            for (int level = 0; level < share.length && e != null; level++, e = e.parent()) {
                local.computeIfAbsent(e, k -> new double[1])[0] += v * share[level];
                if (e == body) break;
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, double[]> en : local.entrySet()) {
            double s = en.getValue()[0];
            if (s > bestScore || (s == bestScore && isAncestor(en.getKey(), best))) {
                best = en.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Widens the candidate to the ancestor (or itself) with the best whole-subtree score, deepest on ties: the
     * article's text split over sibling containers, or a lead outside the body block, is gathered, while an
     * ancestor that adds more link lists and crumbs than text is not taken.
     */
    private static Element climb(Element start, Map<Element, double[]> scores, Element body) {
        Element best = start;
        double bestScore = score(scores, start);
        for (Element e = start.parent(); e != null; e = e.parent()) {
            double s = score(scores, e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
            if (e == body) break;
        }
        return best;
    }

    private static double score(Map<Element, double[]> m, Element e) {
        double[] v = m.get(e);
        return v == null ? 0 : v[0];
    }

    /** @return each element's summed block value (ancestors of blocks only, up to {@code body}) */
    static Map<Element, double[]> scores(List<Block> blocks, String normTitle, Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            double v = value(b, normTitle);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += v;
                if (e == body) break;
            }
        }
        return scores;
    }

    private static double value(Block b, String normTitle) {
        if (b.furniture() || b.heading() > 0 || isTitle(b, normTitle) || b.ui()) return 0;
        double v = b.weight() - 2.0 * b.linkWeight();
        return b.weight() < 25 ? v - 10 : v;
    }

    /** @return the lowest common ancestor of the real paragraphs under {@code best}, or {@code best} */
    private static Element narrow(Element best, List<Block> blocks) {
        List<Element> common = null;
        for (Block b : blocks) {
            if (!b.isRealParagraph()) continue;
            List<Element> chain = chainBelow(b.owner(), best);
            if (chain == null) continue;
            if (common == null) {
                common = chain;
            } else {
                int n = 0;
                while (n < common.size() && n < chain.size() && common.get(n) == chain.get(n)) n++;
                common = common.subList(0, n);
            }
        }
        return common == null || common.isEmpty() ? best : common.get(common.size() - 1);
    }

    /** @return the path from {@code top} down to {@code e} (both included), or null when {@code e} is not under top */
    private static List<Element> chainBelow(Element e, Element top) {
        List<Element> up = new ArrayList<>();
        for (Element p = e; p != null; p = p.parent()) {
            up.add(p);
            if (p == top) {
                java.util.Collections.reverse(up);
                return up;
            }
        }
        return null;
    }

    private static List<Block> render(List<Block> blocks, Element root, String normTitle) {
        List<Block> inRoot = new ArrayList<>();
        for (Block b : blocks) if (chainBelow(b.owner(), root) != null) inRoot.add(b);
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
        if (b.furniture() || isTitle(b, normTitle)) return false;
        if (b.linkDensity() >= 0.5 && !linkedSentence(b)) return false;
        if (b.ui() || UiText.isMenuLine(b)) return false;
        return !Datelines.isBareDateline(b.text());
    }

    /** A paragraph that is a sentence with links in it (not a link list): some unlinked text, final punctuation. */
    private static boolean linkedSentence(Block b) {
        if (b.linkDensity() >= 0.75 || b.weight() - b.linkWeight() < 25) return false;
        String t = b.text();
        char last = t.charAt(t.length() - 1);
        return b.owner().normalName().equals("p") && ".!?。！？\"”".indexOf(last) >= 0;
    }

    private static boolean isTitle(Block b, String normTitle) {
        if (normTitle.isEmpty() || b.text().length() > normTitle.length() * 2 + 8) return false;
        String t = norm(b.text());
        return t.equals(normTitle) || (b.heading() > 0 && normTitle.startsWith(t) && t.length() * 2 > normTitle.length());
    }

    private static boolean isAncestor(Element a, Element d) {
        for (Element p = d.parent(); p != null; p = p.parent()) if (p == a) return true;
        return false;
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
