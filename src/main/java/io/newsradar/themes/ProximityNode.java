package io.newsradar.themes;

import java.util.Arrays;

/**
 * A node of a {@link ProximityCheck}: from a view's postings, the candidate intervals (packed with
 * {@link ProximityCheck#interval}) of one interval source, or null when there are too many to tell.
 */
sealed interface ProximityNode {
    /** @return the candidate intervals, or null for "no verdict" */
    long[] eval(TermView view);

    /** @return false only when there is no candidate interval (a verdict without listing them all) */
    default boolean any(TermView view) {
        long[] all = eval(view);
        return all == null || all.length > 0;
    }

    /**
     * @return true when the candidates include each of Lucene's intervals itself (not only a wider one), which a
     *         phrase needs of its parts
     */
    boolean exact();

    /**
     * @return the width in positions ({@code end - start + 1}) that every candidate interval has, when the node is
     *         exact and that width is fixed (a term, a phrase of terms, a disjunction of equally long ones); else -1.
     *         Lucene's interval iterators report every minimal interval of such sources, so a proximity operator
     *         over two of them matches exactly when some pair of candidates qualifies ({@link Pair#decide}).
     */
    default int width() {
        return -1;
    }

    /**
     * @return whether the source has an interval in the view, when the candidates settle it ({@link Boolean#FALSE}
     *         whenever there is none); null when only Lucene can tell
     */
    default Boolean decide(TermView view) {
        return any(view) ? null : Boolean.FALSE;
    }

    /** @return the node a {@link Shared} stands for, else {@code node} */
    static ProximityNode unwrap(ProximityNode node) {
        return node instanceof Shared s ? s.inner() : node;
    }

    /** A term or truncation: one interval per occurrence. */
    record Leaf(int pair) implements ProximityNode {
        @Override
        public long[] eval(TermView view) {
            ArticleTerms.Postings p = view.postings(pair);
            if (p == null) return new long[0];
            long[] out = new long[p.positions().length];
            for (int i = 0; i < out.length; i++) out[i] = ProximityCheck.interval(p.positions()[i], p.positions()[i]);
            return out;
        }

        @Override
        public boolean any(TermView view) {
            return view.postings(pair) != null;
        }

        @Override
        public Boolean decide(TermView view) {
            return any(view);
        }

        @Override
        public boolean exact() {
            return true;
        }

        @Override
        public int width() {
            return 1;
        }
    }

    /** A disjunction: the union. {@code width} ({@link #widthOf}) and {@code exact}: computed once. */
    record Or(ProximityNode[] any, int width, boolean exact) implements ProximityNode {
        Or(ProximityNode[] any) {
            this(any, widthOf(any), Arrays.stream(any).allMatch(ProximityNode::exact));
        }

        /** @return the parts' common fixed width, or -1 */
        static int widthOf(ProximityNode[] any) {
            int w = any[0].width();
            for (ProximityNode n : any) if (n.width() != w) return -1;
            return w;
        }

        @Override
        public long[] eval(TermView view) {
            long[][] parts = new long[any.length][];
            int total = 0;
            for (int i = 0; i < any.length; i++) {
                if ((parts[i] = any[i].eval(view)) == null || (total += parts[i].length) > ProximityCheck.CAP) return null;
            }
            long[] all = new long[total];
            int at = 0;
            for (long[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return all;
        }

        @Override
        public boolean any(TermView view) {
            for (ProximityNode n : any) if (n.any(view)) return true;
            return false;
        }

        /** True when a part is known to match, false when every part is known not to, else unknown. */
        @Override
        public Boolean decide(TermView view) {
            boolean unknown = false;
            for (ProximityNode n : any) {
                Boolean d = n.decide(view);
                if (d == Boolean.TRUE) return true;
                unknown |= d == null;
            }
            return unknown ? null : Boolean.FALSE;
        }

        @Override
        public boolean exact() {
            return exact;
        }

        @Override
        public int width() {
            return width;
        }
    }

    /** A phrase of exact parts: each part starts right after the previous one ends. {@code width}: {@link #widthOf}. */
    record Block(ProximityNode[] parts, int width) implements ProximityNode {
        Block(ProximityNode[] parts) {
            this(parts, widthOf(parts));
        }

        /**
         * @return the sum of the parts' widths, or -1 when one is not fixed. A later part that extends its term
         *         backwards is never clipped at position 0 where it chains (it starts after the previous part), so
         *         its width is fixed too.
         */
        static int widthOf(ProximityNode[] parts) {
            int sum = parts[0].width();
            if (sum < 1) return -1;
            for (int k = 1; k < parts.length; k++) {
                int w = unwrap(parts[k]) instanceof Extend e && e.inner().width() > 0
                        ? e.inner().width() + e.before() + e.after() : parts[k].width();
                if (w < 1) return -1;
                sum += w;
            }
            return sum;
        }

        @Override
        public long[] eval(TermView view) {
            long[] chains = parts[0].eval(view);
            for (int k = 1; k < parts.length && chains != null && chains.length > 0; k++) {
                long[] next = parts[k].eval(view);
                if (next == null) return null;
                Arrays.sort(next);
                long[] out = new long[0];
                int n = 0;
                for (long c : chains) {
                    int want = ProximityCheck.end(c) + 1;
                    int i = Arrays.binarySearch(next, (long) want << 32);
                    for (i = i < 0 ? -i - 1 : i; i < next.length && ProximityCheck.start(next[i]) == want; i++) {
                        if (n == out.length) out = Arrays.copyOf(out, Math.max(8, n * 2));
                        if (n >= ProximityCheck.CAP) return null;
                        out[n++] = ProximityCheck.interval(ProximityCheck.start(c), ProximityCheck.end(next[i]));
                    }
                }
                chains = Arrays.copyOf(out, n);
            }
            return chains;
        }

        @Override
        public Boolean decide(TermView view) {
            if (width < 1) return ProximityNode.super.decide(view);
            long[] chains = eval(view);
            return chains == null ? null : chains.length > 0;
        }

        @Override
        public boolean exact() {
            return true;
        }

        @Override
        public int width() {
            return width;
        }
    }

    /**
     * A node that several checks share (equal sources in one field), its candidates computed once per view and kept
     * there under {@code slot} ({@link TermDictionary#newSlot}).
     */
    record Shared(ProximityNode inner, int slot) implements ProximityNode {
        /** Kept for "no verdict" (null). */
        private static final long[] NO_VERDICT = new long[0];

        @Override
        public long[] eval(TermView view) {
            Object known = view.recall(slot);
            if (known != null) return known == NO_VERDICT ? null : (long[]) known;
            long[] all = inner.eval(view);
            view.remember(slot, all == null ? NO_VERDICT : all);
            return all;
        }

        @Override
        public boolean any(TermView view) {
            Object known = view.recall(slot);
            if (known != null) return known == NO_VERDICT || ((long[]) known).length > 0;
            return inner.any(view);
        }

        @Override
        public Boolean decide(TermView view) {
            return inner.decide(view);
        }

        @Override
        public boolean exact() {
            return inner.exact();
        }

        @Override
        public int width() {
            return inner.width();
        }
    }

    /**
     * A source with some intervals removed ({@code NOT_CONTAINING}): its inner node's candidates, which include the
     * survivors; never decides a match.
     */
    record Unless(ProximityNode inner) implements ProximityNode {
        @Override
        public long[] eval(TermView view) {
            return inner.eval(view);
        }

        @Override
        public boolean any(TermView view) {
            return inner.any(view);
        }

        @Override
        public boolean exact() {
            return inner.exact();
        }
    }

    /**
     * Intervals widened by {@code before} positions before and {@code after} after, the start clipped at position 0
     * as Lucene's {@code ExtendedIntervalIterator} clips it (so exact when the inner node is).
     */
    record Extend(ProximityNode inner, int before, int after) implements ProximityNode {
        @Override
        public long[] eval(TermView view) {
            long[] in = inner.eval(view);
            if (in == null) return null;
            long[] out = new long[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = ProximityCheck.interval(Math.max(0, ProximityCheck.start(in[i]) - before),
                        ProximityCheck.end(in[i]) + after);
            }
            return out;
        }

        @Override
        public boolean exact() {
            return inner.exact();
        }

        /** Fixed only when nothing is added before (clipping at 0 would shorten some). */
        @Override
        public int width() {
            int w = inner.width();
            return before == 0 && w > 0 ? w + after : -1;
        }
    }

    /**
     * Two sources, in order or not, with at most {@code maxGaps} positions between them ({@code -1}: any): the hull
     * of each pair of candidates that qualifies. {@code exact}: both sides are; {@code decisive}: {@link #decide} may
     * answer for Lucene (see there).
     */
    record Pair(ProximityNode first, ProximityNode second, boolean ordered, int maxGaps, boolean exact, boolean decisive)
            implements ProximityNode {
        /**
         * @param same whether both sides are one source, which Lucene builds as a repetition (two distinct
         *             occurrences): the candidates then also pair an occurrence with itself, a cover only
         */
        static Pair of(ProximityNode first, ProximityNode second, boolean ordered, int maxGaps, boolean same) {
            return new Pair(first, second, ordered, maxGaps, first.exact() && second.exact(),
                    !same && first.width() > 0 && second.width() > 0);
        }

        @Override
        public long[] eval(TermView view) {
            return pairs(view, false);
        }

        @Override
        public boolean any(TermView view) {
            long[] found = pairs(view, true);
            return found == null || found.length > 0;
        }

        /**
         * Decided here when the sides are two sources of fixed {@link #width()}: Lucene then reports, for each qualifying pair,
         * a minimal interval inside its hull, whose gaps (the hull's width less both parts' widths) are no more
         * than the pair's; so it matches exactly when a pair of candidates qualifies.
         */
        @Override
        public Boolean decide(TermView view) {
            if (!decisive) return ProximityNode.super.decide(view);
            long[] found = pairs(view, true);
            return found == null ? null : found.length > 0;
        }

        /** @return the hulls of the qualifying pairs (only the first when {@code one}), or null for no verdict */
        private long[] pairs(TermView view, boolean one) {
            long[] xs = first.eval(view);
            if (xs == null || xs.length == 0) return xs;
            long[] ys = second.eval(view);
            if (ys == null || ys.length == 0) return ys;
            if ((long) xs.length * ys.length > ProximityCheck.CAP) return null;
            long[] out = new long[Math.min(16, xs.length * ys.length)];
            int n = 0;
            for (long x : xs) {
                int xs0 = ProximityCheck.start(x), xe = ProximityCheck.end(x);
                for (long y : ys) {
                    int ys0 = ProximityCheck.start(y), ye = ProximityCheck.end(y);
                    if (ordered && !(exact ? xe < ys0 : xs0 < ye)) continue;
                    int gap = ys0 > xe ? ys0 - xe - 1 : xs0 > ye ? xs0 - ye - 1 : 0;
                    if (maxGaps >= 0 && gap > maxGaps) continue;
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = ProximityCheck.interval(Math.min(xs0, ys0), Math.max(xe, ye));
                    if (one) return Arrays.copyOf(out, n);
                }
            }
            return Arrays.copyOf(out, n);
        }

        @Override
        public boolean exact() {
            return exact;
        }
    }
}
