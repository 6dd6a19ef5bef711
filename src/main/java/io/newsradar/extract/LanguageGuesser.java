package io.newsradar.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Language from the text itself, the {@code lang} attribute only breaking ties: kana means Japanese, Han without
 * kana Chinese, Hangul Korean; Latin text is English when English function words are frequent, else the
 * attribute's language when it names a Latin-script one; otherwise {@code und}.
 */
final class LanguageGuesser {
    private static final Set<String> EN_WORDS = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on",
            "with", "was", "said", "as", "by", "it", "a", "an", "are", "be", "at", "from", "has", "have");
    private static final Set<String> CYRILLIC_LANGS = Set.of("ru", "uk", "bg", "sr", "mk", "be", "kk");
    private static final int SAMPLE = 4000;

    private LanguageGuesser() { }

    /**
     * @param text     title and body text
     * @param htmlLang the page's {@code lang} attribute (any case), or empty
     * @return a primary language subtag or {@code und}
     */
    static String guess(String text, String htmlLang) {
        String hint = htmlLang == null ? "" : htmlLang.toLowerCase(Locale.ROOT).split("[-_]")[0].trim();
        int kana = 0, han = 0, hangul = 0, latin = 0, cyrillic = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c >= 0x3040 && c <= 0x30FF && c != 0x30FB && c != 0x30FC) || (c >= 0xFF66 && c <= 0xFF9F)) kana++;
            else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) han++;
            else if (c >= 0xAC00 && c <= 0xD7AF) hangul++;
            else if (c >= 0x0400 && c <= 0x04FF) cyrillic++;
            else if (Character.isLetter(c) && c < 0x250) latin++;
        }
        if (kana >= 3 && kana * 10 >= (kana + han)) return "ja";
        if (han >= 10 && han * 3 >= latin) return hint.equals("ja") && kana > 0 ? "ja" : "zh";
        if (hangul >= 10 && hangul * 3 >= latin) return "ko";
        if (cyrillic > latin) return CYRILLIC_LANGS.contains(hint) ? hint : "und";
        if (latin < 20) return hint.isEmpty() ? "und" : hint;
        if (englishShare(text, n) >= 0.15) return "en";
        return hint.isEmpty() || hint.equals("en") ? "und" : hint;
    }

    private static double englishShare(String text, int n) {
        int words = 0, hits = 0;
        for (String w : text.substring(0, n).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (EN_WORDS.contains(w)) hits++;
        }
        return words == 0 ? 0 : (double) hits / words;
    }
}
