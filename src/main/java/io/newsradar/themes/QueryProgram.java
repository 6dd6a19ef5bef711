package io.newsradar.themes;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A theme query compiled once, when the themes are loaded, into a tree that runs on an article's
 * {@link TermView} without creating Lucene weights and scorers per article: boolean and disjunction-max queries,
 * term queries, exact phrases and prefix queries (truncations) on the text fields are evaluated directly on the postings the
 * {@link TermDictionary} numbered; any other part (proximity intervals, other wildcards, keyword fields, sloppy or
 * multi-term phrases) runs as a Lucene query on the view's in-memory index, after a check that its required
 * terms ({@link RequiredTerms}) occur in the view and, for proximity, that they occur near enough
 * ({@link ProximityCheck}).
 *
 * <p>The result is the same as Lucene's on the in-memory view: {@link #hits} is true exactly when the query
 * matches, and {@link #mentions} adds the intervals Lucene's {@code Weight.matches} reports (a boolean query
 * reports its required clauses and its matching optional ones; a disjunction all matching disjuncts; a term every
 * occurrence (of every term with the prefix, for a truncation); an exact phrase each occurrence, from its first term's start to its last term's end).
 */
interface QueryProgram {
    /** @return true when the query matches the view */
    boolean hits(TermView view) throws IOException;

    /** @return true when the query matches the view, after adding its match intervals to {@code sink} */
    boolean mentions(TermView view, Mentions.Sink sink) throws IOException;

    /**
     * @return at least the number of intervals {@link #mentions} would add on this view (so at least its mention
     *         count); {@link Integer#MAX_VALUE} when unknown. Lets a prominence rule skip views that cannot reach it.
     */
    default int bound(TermView view) throws IOException {
        return Integer.MAX_VALUE;
    }

    /** @return {@code a + b}, saturating at {@link Integer#MAX_VALUE} */
    static int plus(int a, int b) {
        long sum = (long) a + b;
        return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }

    /** @return a rough cost rank, cheaper first: how clauses of a conjunction are ordered */
    int cost();

    /**
     * @param query      a theme query as {@link ThemeQueries.Prepared} holds it (rewritten or not)
     * @param dictionary where the terms it reads are registered
     * @return the compiled program
     */
    static QueryProgram compile(Query query, TermDictionary dictionary) {
        return switch (query) {
            case BoostQuery b -> compile(b.getQuery(), dictionary);
            case ConstantScoreQuery c -> compile(c.getQuery(), dictionary);
            case MatchAllDocsQuery m -> ProgramNodes.Constant.ALL;
            case MatchNoDocsQuery m -> ProgramNodes.Constant.NONE;
            case TermQuery t when TermDictionary.kindOf(t.getTerm().field()) >= 0 -> term(t.getTerm(), dictionary);
            case PhraseQuery p when p.getSlop() == 0 && p.getTerms().length > 0
                    && TermDictionary.kindOf(p.getField()) >= 0 -> phrase(p, dictionary);
            case PrefixQuery p when TermDictionary.kindOf(p.getField()) >= 0 -> new ProgramNodes.TermNode(
                    dictionary.prefix(p.getField(), p.getPrefix().bytes()), TermDictionary.kindOf(p.getField()) == TermDictionary.TITLE);
            case DisjunctionMaxQuery d -> ProgramNodes.anyOf(ordered(d.getDisjuncts().stream()
                    .map(q -> compile(q, dictionary)).toList()));
            case BooleanQuery b -> bool(b, dictionary);
            default -> lucene(query, dictionary);
        };
    }

    private static QueryProgram term(Term t, TermDictionary dictionary) {
        return new ProgramNodes.TermNode(dictionary.pair(t.field(), t.bytes()), TermDictionary.kindOf(t.field()) == TermDictionary.TITLE);
    }

    private static QueryProgram phrase(PhraseQuery p, TermDictionary dictionary) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        if (terms.length == 1) return term(terms[0], dictionary);
        int[] pairs = new int[terms.length], offsets = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            pairs[i] = dictionary.pair(terms[i].field(), terms[i].bytes());
            offsets[i] = positions[i] - positions[0];
        }
        return new ProgramNodes.Phrase(pairs, offsets, TermDictionary.kindOf(p.getField()) == TermDictionary.TITLE);
    }

    private static QueryProgram bool(BooleanQuery b, TermDictionary dictionary) {
        List<QueryProgram> must = new ArrayList<>(), should = new ArrayList<>(), not = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            QueryProgram p = compile(c.query(), dictionary);
            switch (c.occur()) {
                case MUST, FILTER -> must.add(p);
                case SHOULD -> should.add(p);
                case MUST_NOT -> not.add(p);
            }
        }
        if (must.isEmpty() && not.isEmpty() && !should.isEmpty() && b.getMinimumNumberShouldMatch() <= 1) {
            return ProgramNodes.anyOf(ordered(should));
        }
        return new ProgramNodes.Bool(ordered(must), ordered(should), ordered(not), b.getMinimumNumberShouldMatch());
    }

    private static List<QueryProgram> ordered(List<QueryProgram> programs) {
        List<QueryProgram> sorted = new ArrayList<>(programs);
        sorted.sort(Comparator.comparingInt(QueryProgram::cost));
        return List.copyOf(sorted);
    }

    /** A part left to Lucene; for an interval query, guarded by its required terms in its field and its {@link ProximityCheck}. */
    private static QueryProgram lucene(Query query, TermDictionary dictionary) {
        return dictionary.shared(query, () -> luceneNode(query, dictionary));
    }

    private static QueryProgram luceneNode(Query query, TermDictionary dictionary) {
        List<int[]> required = new ArrayList<>();
        ProximityCheck proximity = null;
        if (query instanceof IntervalQuery iq && TermDictionary.kindOf(iq.getField()) >= 0) {
            proximity = ProximityCheck.of(iq, dictionary);
            for (int pass = 0; pass < Presearcher.PASSES; pass++) {
                Set<BytesRef> terms = RequiredTerms.of(iq, pass);
                if (terms.isEmpty()) continue;
                required.add(terms.stream().mapToInt(t -> dictionary.pair(iq.getField(), t)).toArray());
            }
        }
        return new LuceneNode(ThemeQueries.Prepared.of(query), List.copyOf(required), proximity, dictionary.newSlot());
    }
}
