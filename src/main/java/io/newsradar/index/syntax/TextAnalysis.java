package io.newsradar.index.syntax;

import io.newsradar.index.Analyzers;
import io.newsradar.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Analyses query text with a field's index analyzer ({@link Analyzers#forField}) into terms with positions. */
final class TextAnalysis {
    private TextAnalysis() {}

    /** One analysed token: its term and its position relative to the first token. */
    record Token(String term, int position) {}

    /** Analysed query texts per family: theme sets repeat their vocabulary across thousands of queries. */
    private static final int CACHE_MAX = 50_000;
    private static final Map<String, List<Token>> CACHE = new ConcurrentHashMap<>();

    /** @return the tokens of {@code text} in {@code field}'s analysis (the same for every field of one family) */
    static List<Token> tokens(String field, String text) {
        Schema.Family family = Schema.Family.ofField(field);
        String key = family.ordinal() + "\u0000" + text;
        List<Token> cached = CACHE.get(key);
        if (cached != null) return cached;
        List<Token> fresh = analyse(family, text);
        if (CACHE.size() >= CACHE_MAX) CACHE.clear();
        CACHE.put(key, fresh);
        return fresh;
    }

    private static List<Token> analyse(Schema.Family family, String text) {
        Analyzer analyzer = Analyzers.forFamily(family);
        String field = Schema.Text.BODY.field(family);
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing query text in memory failed", e);
        }
        if (out.isEmpty()) return List.of();
        int first = out.getFirst().position();
        return List.copyOf(out.stream().map(t -> new Token(t.term(), t.position() - first)).toList());
    }

    /**
     * @return a term query for one token, a phrase query (gaps kept) for several, a multi-phrase query when
     *         tokens are stacked at one position; null when the text has no token in this field's analysis
     */
    static Query query(String field, String text) {
        List<Token> toks = tokens(field, text);
        if (toks.isEmpty()) return null;
        if (toks.size() == 1) return new TermQuery(new Term(field, toks.getFirst().term()));
        boolean stacked = false;
        for (int i = 1; i < toks.size(); i++) stacked |= toks.get(i).position() == toks.get(i - 1).position();
        if (!stacked) {
            PhraseQuery.Builder b = new PhraseQuery.Builder();
            for (Token t : toks) b.add(new Term(field, t.term()), t.position());
            return b.build();
        }
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        int i = 0;
        while (i < toks.size()) {
            int pos = toks.get(i).position();
            List<Term> same = new ArrayList<>();
            while (i < toks.size() && toks.get(i).position() == pos) same.add(new Term(field, toks.get(i++).term()));
            b.add(same.toArray(Term[]::new), pos);
        }
        return b.build();
    }

    /** @return the text normalised as the field's analyzer normalises (width, case), wildcards kept */
    static String normalize(String field, String text) {
        return Analyzers.forField(field).normalize(field, text).utf8ToString();
    }
}
