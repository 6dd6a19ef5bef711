package io.newsradar.query;

import io.newsradar.index.Schema;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap multi-word names ("entities") in a text, without a trained recogniser: in English, runs of two to
 * {@value #MAX_WORDS} capitalised words on one line with nothing but single spaces between them (an abbreviation
 * such as {@code U.S.} and a lower-case {@code of} between two capitalised words allowed: {@code Bank of Japan}),
 * a capitalised stop word starting a new run ({@code in the U.S. The company}), leading stop words dropped
 * ({@code The Commerce Department} -> {@code Commerce Department}), as are leading day and month names
 * ({@code Wednesday DeepGEMM} -> none), a text without lower-case letters (an
 * all-capitals wire headline) skipped; in Japanese, runs of
 * two to {@value #MAX_WORDS} adjacent Kuromoji nouns (IPADIC {@code 名詞}: proper nouns, common and サ変 nouns,
 * name suffixes such as 省, a noun prefix such as 大 or 米 at the start; not numbers, pronouns, dependent or adverbial nouns, counters), so compounds such as
 * 輸出規制 and 米商務省 come out whole. Single words are left to the term counts. Text is NFKC-normalised first
 * (ＤｅｅｐＳｅｅｋ -> DeepSeek). Other languages (Chinese included): none. Thread-safe (a tokenizer per call).
 */
final class Entities {
    /** Longest run kept, in words or morphemes. */
    static final int MAX_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}&'’-]*[\\p{L}\\p{N}])?");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** Capitalised for the calendar, not as a name: dropped at the start of a run ("Wednesday DeepGEMM"). */
    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final List<String> NOUN_EXCLUDED = List.of("名詞-数", "名詞-非自立", "名詞-代名詞", "名詞-副詞可能",
            "名詞-接尾-助数詞", "名詞-接尾-副詞可能", "名詞-接尾-助動詞語幹", "名詞-特殊", "名詞-接続詞的", "名詞-動詞非自立的");

    private Entities() {}

    /**
     * @param family the article's analysis family; only {@link Schema.Family#EN} and {@link Schema.Family#JA} yield
     * @param text   any text, may be empty
     * @return the distinct entities, in order of first occurrence: key (NFKC, lower case) to the surface first seen
     */
    static Map<String, String> of(Schema.Family family, String text) {
        String raw = text == null ? "" : text;
        List<String> found = switch (family) {
            case EN -> english(Normalizer.normalize(raw, Normalizer.Form.NFKC));
            case JA -> japanese(raw);
            case GRAM -> List.of();
        };
        return keyed(found);
    }

    /** @return the entities keyed by their lower-case form, first surface kept, in order */
    static Map<String, String> keyed(List<String> found) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : found) out.putIfAbsent(e.toLowerCase(Locale.ROOT), e);
        return out;
    }

    /** @return the capitalised runs of English text */
    static List<String> english(String text) {
        List<String> out = new ArrayList<>();
        if (text.codePoints().noneMatch(Character::isLowerCase)) return out; // an all-capitals headline names nothing
        List<String> run = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            String w = POSSESSIVE.matcher(m.group()).replaceFirst("");
            boolean joined = lastEnd >= 0 && text.substring(lastEnd, m.start()).equals(" ");
            if (!joined) flush(run, out);
            if (capitalised(w) && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT))) flush(run, out);
            if (capitalised(w) || w.equals("of") && !run.isEmpty()) run.add(w);
            else flush(run, out);
            lastEnd = m.end();
            if (!w.equals(m.group())) { flush(run, out); lastEnd = -1; } // China's ends a name
        }
        flush(run, out);
        return out;
    }

    private static boolean capitalised(String w) {
        return Character.isUpperCase(w.codePointAt(0));
    }

    /** Emits the run as an entity when, without leading stop words and trailing "of", it has 2+ words. */
    private static void flush(List<String> run, List<String> out) {
        while (!run.isEmpty() && (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(run.getFirst().toLowerCase(Locale.ROOT))
                || CALENDAR.contains(run.getFirst().toLowerCase(Locale.ROOT)))) {
            run.removeFirst();
        }
        while (!run.isEmpty() && run.getLast().equals("of")) run.removeLast();
        if (run.size() >= 2 && run.size() <= MAX_WORDS) out.add(String.join(" ", run));
        run.clear();
    }

    /** @return the runs of adjacent nouns of Japanese text, as written (Kuromoji normal mode) */
    static List<String> japanese(String text) {
        NounRuns runs = new NounRuns(text);
        try (JapaneseTokenizer tok = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
            OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
            tok.setReader(new StringReader(text));
            tok.reset();
            while (tok.incrementToken()) runs.token(pos.getPartOfSpeech(), off.startOffset(), off.endOffset());
            tok.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return runs.finish();
    }

    /**
     * Collects runs of adjacent nouns from a Kuromoji token stream already being read (the index's own Japanese
     * analysis, so the text is tokenised once): feed every token's part of speech and offsets into {@code text},
     * then {@link #finish()}. Entities are the NFKC form of the text spans.
     */
    static final class NounRuns {
        private final String text;
        private final List<String> out = new ArrayList<>();
        private int start = -1, end = -1, words;

        NounRuns(String text) {
            this.text = text;
        }

        void token(String partOfSpeech, int from, int to) {
            boolean noun = noun(partOfSpeech, words > 0);
            if (noun && words > 0 && from == end) {
                end = to;
                words++;
                return;
            }
            emit();
            start = noun ? from : -1;
            end = noun ? to : -1;
            words = noun ? 1 : 0;
        }

        /** @return the runs found, in text order (NFKC) */
        List<String> finish() {
            emit();
            words = 0;
            return out;
        }

        private void emit() {
            if (words >= 2 && words <= MAX_WORDS && end - start >= 3 && end <= text.length()) {
                out.add(Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC));
            }
        }
    }

    private static boolean noun(String pos, boolean inRun) {
        if (pos != null && pos.startsWith("接頭詞-名詞接続")) return !inRun; // 大|規模言語モデル, 米|商務省
        if (pos == null || !pos.startsWith("名詞")) return false;
        for (String x : NOUN_EXCLUDED) if (pos.startsWith(x)) return false;
        return inRun || !pos.startsWith("名詞-接尾");
    }
}
