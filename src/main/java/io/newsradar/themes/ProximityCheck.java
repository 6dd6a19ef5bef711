package io.newsradar.themes;

import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A necessary condition for a Lucene {@link IntervalQuery} ({@code NEAR/n}, {@code PRE/n}, phrases inside them),
 * evaluated on a {@link TermView}'s postings: when {@link #mayMatch} is false the query cannot match the view, so
 * Lucene need not run it; when true, Lucene decides. Most proximity candidates have both sides somewhere in the
 * article but not near each other; this check settles those without building Lucene weights.
 *
 * <p>Lucene does not expose an interval source's structure, so it is read from the source's {@code toString()} and
 * accepted only when rebuilding it with the {@link Intervals} factories gives an equal query: a source this class
 * cannot read exactly gets no check ({@link #of} returns null), never a wrong one.
 *
 * <p>Soundness: every node yields candidate intervals (positions) such that each interval Lucene would produce is
 * among them or, below a proximity operator, contained in one of them ({@link ProximityNode#exact} tells which). Terms,
 * truncations and phrases of those are exact; a disjunction is the union; {@code MAXGAPS/n} over two sources keeps
 * the hull of each pair whose gap, measured on the candidates, is at most n (wider candidates only shrink gaps);
 * {@code ORDERED} keeps pairs in order (relaxed to "the first starts before the second ends" for inexact
 * candidates); {@code NOT_CONTAINING} keeps its source's candidates; an extension widens them, clipped at 0 as Lucene
 * clips. More than {@value #CAP} candidates: no verdict.
 *
 * <p>Decision ({@link #decide}): where candidates are exactly Lucene's intervals and of one width per source
 * ({@link ProximityNode#width}), the check answers for Lucene both ways; elsewhere it only rules out.
 */
final class ProximityCheck {
    /** Most candidate intervals (or pairs examined) one node may produce before the check gives up (may match). */
    static final int CAP = 20_000;
    /** Expansion limit the query compiler gives truncations inside proximity ({@code IntervalCompiler}). */
    private static final int MAX_EXPANSIONS = 1024;

    private final ProximityNode root;

    private ProximityCheck(ProximityNode root) {
        this.root = root;
    }

    /** @return a check for the query, or null when its source cannot be read exactly */
    static ProximityCheck of(IntervalQuery query, TermDictionary dictionary) {
        if (TermDictionary.kindOf(query.getField()) < 0) return null;
        String text = query.toString();
        String prefix = query.getField() + ":";
        if (!text.startsWith(prefix)) return null;
        try {
            Reader reader = new Reader(text.substring(prefix.length()), query.getField(), dictionary);
            Parsed parsed = reader.node();
            if (reader.at != reader.text.length()) return null;
            IntervalQuery rebuilt = new IntervalQuery(query.getField(), parsed.source());
            // A pair of one source both sides prints the same whether Lucene built it as a repetition (two distinct
            // occurrences) or, pulling a disjunction up, as a plain pair; such pairs are never decisive and their
            // candidates cover both readings, so for them equal text is enough.
            if (!rebuilt.equals(query) && !(reader.samePairs && rebuilt.toString().equals(text))) return null;
            return new ProximityCheck(parsed.node());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** @return false only when the query cannot match the view */
    boolean mayMatch(TermView view) {
        return root.any(view);
    }

    /**
     * @return whether the query matches the view, when positions settle it (see {@link ProximityNode#width}); null
     *         when only Lucene can tell. Never TRUE or FALSE where Lucene would say otherwise.
     */
    Boolean decide(TermView view) {
        return root.decide(view);
    }

    /**
     * @return at least the number of intervals Lucene reports for the query on the view when the candidates are
     *         exact (each of Lucene's intervals is one of them), else {@link Integer#MAX_VALUE}
     */
    int bound(TermView view) {
        if (!root.exact()) return Integer.MAX_VALUE;
        long[] candidates = root.eval(view);
        return candidates == null ? Integer.MAX_VALUE : candidates.length;
    }

    /** Packs an interval [start, end] of positions. */
    static long interval(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    static int start(long interval) {
        return (int) (interval >> 32);
    }

    static int end(long interval) {
        return (int) interval;
    }

    /** A parsed node and the source it stands for (rebuilt, for the equality check). */
    private record Parsed(ProximityNode node, IntervalsSource source) {}

    /** Recursive-descent reader of {@code IntervalsSource.toString()}. */
    private static final class Reader {
        private final String text;
        private final String field;
        private final TermDictionary dictionary;
        private int at;
        /** Whether a pair with one source on both sides was read. */
        private boolean samePairs;

        Reader(String text, String field, TermDictionary dictionary) {
            this.text = text;
            this.field = field;
            this.dictionary = dictionary;
        }

        Parsed node() {
            if (take("or(")) {
                List<Parsed> subs = list();
                return shared(new ProximityNode.Or(subs.stream().map(Parsed::node).toArray(ProximityNode[]::new)),
                        Intervals.or(subs.stream().map(Parsed::source).toList()));
            }
            if (take("BLOCK(")) {
                List<Parsed> subs = list();
                if (subs.stream().anyMatch(p -> !p.node().exact())) throw new IllegalArgumentException("inexact phrase part");
                return shared(new ProximityNode.Block(subs.stream().map(Parsed::node).toArray(ProximityNode[]::new)),
                        Intervals.phrase(subs.stream().map(Parsed::source).toArray(IntervalsSource[]::new)));
            }
            if (take("UNORDERED(")) return pair(false, list(), -1);
            if (take("ORDERED(")) return pair(true, list(), -1);
            if (take("MAXGAPS/")) {
                int gaps = number();
                expect("(");
                boolean ordered = take("ORDERED(");
                if (!ordered) expect("UNORDERED(");
                Parsed pair = pair(ordered, list(), gaps);
                expect(")");
                return pair;
            }
            if (take("NOT_CONTAINING(")) {
                Parsed minuend = node();
                expect(",");
                Parsed subtrahend = node();
                expect(")");
                return new Parsed(new ProximityNode.Unless(minuend.node()), Intervals.notContaining(minuend.source(), subtrahend.source()));
            }
            if (take("EXTEND(")) {
                Parsed inner = node();
                expect(",");
                int before = number();
                expect(",");
                int after = number();
                expect(")");
                return shared(new ProximityNode.Extend(inner.node(), before, after), Intervals.extend(inner.source(), before, after));
            }
            if (take("MultiTerm(")) {
                int close = text.indexOf(')', at);
                String pattern = text.substring(at, close);
                at = close + 1;
                if (!pattern.endsWith("*") || pattern.indexOf('*') != pattern.length() - 1 || pattern.indexOf('?') >= 0) {
                    throw new IllegalArgumentException("not a prefix: " + pattern);
                }
                BytesRef p = new BytesRef(pattern.substring(0, pattern.length() - 1));
                return new Parsed(new ProximityNode.Leaf(dictionary.prefix(field, p)), Intervals.prefix(p, MAX_EXPANSIONS));
            }
            int end = at;
            while (end < text.length() && ",()".indexOf(text.charAt(end)) < 0) end++;
            if (end == at) throw new IllegalArgumentException("empty term at " + at);
            BytesRef term = new BytesRef(text.substring(at, end));
            at = end;
            return new Parsed(new ProximityNode.Leaf(dictionary.pair(field, term)), Intervals.term(term));
        }

        private Parsed pair(boolean ordered, List<Parsed> subs, int maxGaps) {
            if (subs.size() != 2) throw new IllegalArgumentException("only two sub-sources are checked");
            IntervalsSource a = subs.get(0).source(), b = subs.get(1).source();
            samePairs |= a.equals(b);
            ProximityNode node = ProximityNode.Pair.of(subs.get(0).node(), subs.get(1).node(), ordered, maxGaps, a.equals(b));
            IntervalsSource both = ordered ? Intervals.ordered(a, b) : Intervals.unordered(a, b);
            // not shared: a pair is decided, not listed, except inside another pair (rare)
            return new Parsed(node, maxGaps < 0 ? both : Intervals.maxgaps(maxGaps, both));
        }

        /** @return the node registered for an equal source in this field, else {@code node} (then registered), shared */
        private Parsed shared(ProximityNode node, IntervalsSource source) {
            ProximityNode one = dictionary.shared(List.of(ProximityNode.class, field, source),
                    () -> new ProximityNode.Shared(node, dictionary.newSlot()));
            return new Parsed(one, source);
        }

        /** Reads sub-nodes up to the closing parenthesis. */
        private List<Parsed> list() {
            List<Parsed> subs = new ArrayList<>();
            do subs.add(node()); while (take(","));
            expect(")");
            return subs;
        }

        private boolean take(String token) {
            if (!text.startsWith(token, at)) return false;
            at += token.length();
            return true;
        }

        private void expect(String token) {
            if (!take(token)) throw new IllegalArgumentException("expected " + token + " at " + at);
        }

        private int number() {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
            return Integer.parseInt(text.substring(start, at));
        }
    }
}
