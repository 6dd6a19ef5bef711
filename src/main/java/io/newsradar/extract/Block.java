package io.newsradar.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block-level boundaries, in document order: the unit that is scored and rendered.
 *
 * @param owner     innermost block-level element holding the text
 * @param text      text with whitespace collapsed; line breaks from {@code <br>} kept as {@code \n}
 * @param weight    letters and digits, CJK characters counting 2 (they carry about a word each)
 * @param linkWeight weight of the part inside links
 * @param heading   heading level 1-6, 0 for other blocks
 * @param furniture inside an element named as page furniture (share bar, caption, header...)
 * @param index     position in the page's block sequence
 * @param ui        interface text rather than article text ({@link UiText#isInterface(String, int)})
 */
record Block(Element owner, String text, int weight, int linkWeight, int heading, boolean furniture, int index,
             boolean ui) {

    /** @return share of the weight inside links, 0..1 */
    double linkDensity() {
        return weight == 0 ? 0 : (double) linkWeight / weight;
    }

    /** @return true for a paragraph of running text: long enough, few links, not a heading */
    boolean isRealParagraph() {
        return heading == 0 && !furniture && weight >= 70 && linkDensity() < 0.3;
    }

    /** @return the letter/digit weight of one character (CJK 2, other letters and digits 1, others 0) */
    static int charWeight(int cp) {
        if (!Character.isLetterOrDigit(cp)) return 0;
        return isWide(cp) ? 2 : 1;
    }

    /** @return true for Han, kana and Hangul characters */
    static boolean isWide(int cp) {
        return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xFF66 && cp <= 0xFF9F) || (cp >= 0x20000 && cp <= 0x3134F)
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60);
    }
}
