package io.newsradar.digest;

/**
 * Cuts the first one or two sentences of an article body for a digest line. Sentence ends: {@code 。！？} for
 * Japanese and Chinese, {@code . ! ?} followed by white space for English.
 */
final class Leads {
    static final int MAX_CHARS = 220;

    private Leads() {
    }

    /** @return at most two sentences and at most {@value #MAX_CHARS} characters (an ellipsis marks a cut) */
    static String lead(String body) {
        String text = body.strip().replaceAll("\\s+", " ");
        int end = 0;
        for (int sentences = 0; sentences < 2; sentences++) {
            int next = sentenceEnd(text, end);
            if (next < 0 || (sentences == 1 && next > MAX_CHARS)) break;
            end = next;
        }
        if (end == 0) end = text.length();
        if (end > MAX_CHARS) return text.substring(0, MAX_CHARS).strip() + "…";
        return text.substring(0, end).strip();
    }

    private static int sentenceEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '！' || c == '？') return i + 1;
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || t.charAt(i + 1) == ' ')
                    && i > from + 2) {
                return i + 1;
            }
        }
        return -1;
    }
}
