package io.newsradar.index;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * The analyzer recipes of the index, one per {@link Schema.Family}, and the per-field analyzer that routes each
 * physical field to its recipe. Every recipe starts with the same character filter, ICU {@code nfkc_cf}
 * (Unicode NFKC plus case folding), applied BEFORE tokenizing: full-width Latin and digits become ASCII
 * (ＡＩ -> ai, Ｈ８００ -> h800, ２０２５ -> 2025), half-width katakana becomes full-width with voicing marks
 * composed (ﾃﾞｨｰﾌﾟｼｰｸ -> ディープシーク), so the tokenizers see one form of each word; the char filter corrects
 * offsets, so highlights still point into the original text. Before it, {@link Boundaries} inserts sentence and
 * paragraph marker tokens. Index and query use the same recipes.
 *
 * <p>Chinese is indexed with CJK bigrams (the gram recipe), not smartcn: bigrams are context-free, so a name the
 * segmenter does not know (英伟达, 深度求索) is cut the same way in every article and in the query, and any
 * substring of two or more characters is findable as a phrase of bigrams; smartcn's HMM splits unknown names
 * differently depending on the neighbouring text (the failure case 17 shows for Kuromoji), and loading its
 * dictionaries would slow every {@code search} process. The same gram fields index every article, which is what
 * lets a Japanese compound written next to Latin letters or 等 (AI関連品等) be found as typed.
 * Analyzers are thread-safe and shared.
 */
public final class Analyzers {
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    /** Tokens with a digit (h800, a100, r1, v3, 2025) are names or numbers: never stemmed. */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private static final Analyzer GRAM = new Recipe() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();          // UAX#29 words: h800, r1 stay whole; CJK chars single
            TokenStream ts = new CJKBigramFilter(words,          // overlapping bigrams of Han/kana/Hangul runs:
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA  // 英伟达 -> 英伟 伟达, any substring findable
                            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
            return new TokenStreamComponents(words, ts);
        }
    };

    private static final Analyzer JAPANESE = new Recipe() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer morphs = new JapaneseTokenizer(null, true, true,  // no user dict, drop punctuation,
                    JapaneseTokenizer.Mode.SEARCH);                       // search mode: split long kanji compounds
            TokenStream ts = new JapaneseBaseFormFilter(morphs);        // 落ちた -> 落ちる (dictionary form)
            ts = new JapanesePartOfSpeechStopFilter(ts,                 // drop particles and auxiliaries (が, に, た)
                    JapaneseAnalyzer.getDefaultStopTags());
            ts = new StopFilter(ts, JapaneseAnalyzer.getDefaultStopSet()); // これ, それ, ...
            ts = new AlnumJoinFilter(ts);                               // h|800 -> h800 (after base form: no reading)
            ts = new JapaneseKatakanaStemFilter(ts);                    // サーバー ~ サーバ (long-vowel mark variants)
            return new TokenStreamComponents(morphs, ts);
        }
    };

    private static final Analyzer ENGLISH = new Recipe() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();          // UAX#29 words
            TokenStream ts = new EnglishPossessiveFilter(words); // China's -> china (before stemming sees the 's)
            ts = new ICUFoldingFilter(ts);                      // accents: Nestlé -> nestle (case/width done already)
            ts = new PatternKeywordMarkerFilter(ts, HAS_DIGIT); // h800, a100, r1, 2025 protected from the stemmer
            ts = new PorterStemFilter(ts);                      // controls -> control, exports -> export
            // No stop filter: US, IT, WHO are stop words that matter in news; BM25 weighs common words down anyway.
            return new TokenStreamComponents(words, ts);
        }
    };

    private static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return forFamily(Schema.Family.ofField(field));
        }
    };

    private Analyzers() {}

    /** @return the recipe of {@code family} */
    public static Analyzer forFamily(Schema.Family family) {
        return switch (family) {
            case GRAM -> GRAM;
            case JA -> JAPANESE;
            case EN -> ENGLISH;
        };
    }

    /** @return the analyzer for a physical field name ({@code body_ja} -> Japanese, {@code body} -> gram, ...) */
    public static Analyzer forField(String field) {
        return forFamily(Schema.Family.ofField(field));
    }

    /**
     * @return the index-wide analyzer: routes each field to its family's recipe by the field's suffix; use it for
     *         {@code IndexWriterConfig} and {@code MemoryIndex}
     */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    /**
     * Base of the recipes: sentence/paragraph markers ({@link Boundaries}), then the {@code nfkc_cf} character
     * filter, in front of every tokenizer (normalisation of single terms, for wildcards, skips the markers).
     */
    private abstract static class Recipe extends Analyzer {
        @Override
        protected Reader initReader(String field, Reader reader) {
            return new ICUNormalizer2CharFilter(Boundaries.mark(reader), NFKC_CF);
        }

        @Override
        protected Reader initReaderForNormalization(String field, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, NFKC_CF);
        }
    }
}
