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
        public boolean exact() {
            return true;
        }
    }

    /** A disjunction: the union. */
    record Or(ProximityNode[] any) implements ProximityNode {
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

        @Override
        public boolean exact() {
            return Arrays.stream(any).allMatch(ProximityNode::exact);
        }
    }

    /** A phrase of exact parts: each part starts right after the previous one ends. */
    record Block(ProximityNode[] parts) implements ProximityNode {
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
        public boolean exact() {
            return true;
        }
    }

    /** Intervals widened by {@code before} positions before and {@code after} after (never clipped: a cover only). */
    record Extend(ProximityNode inner, int before, int after) implements ProximityNode {
        @Override
        public long[] eval(TermView view) {
            long[] in = inner.eval(view);
            if (in == null) return null;
            long[] out = new long[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = ProximityCheck.interval(ProximityCheck.start(in[i]) - before, ProximityCheck.end(in[i]) + after);
            }
            return out;
        }

        @Override
        public boolean exact() {
            return false;
        }
    }

    /**
     * Two sources, in order or not, with at most {@code maxGaps} positions between them ({@code -1}: any): the hull
     * of each pair of candidates that qualifies.
     */
    record Pair(ProximityNode first, ProximityNode second, boolean ordered, int maxGaps) implements ProximityNode {
        @Override
        public long[] eval(TermView view) {
            return pairs(view, false);
        }

        @Override
        public boolean any(TermView view) {
            long[] found = pairs(view, true);
            return found == null || found.length > 0;
        }

        /** @return the hulls of the qualifying pairs (only the first when {@code one}), or null for no verdict */
        private long[] pairs(TermView view, boolean one) {
            long[] xs = first.eval(view);
            if (xs == null || xs.length == 0) return xs;
            long[] ys = second.eval(view);
            if (ys == null || ys.length == 0) return ys;
            if ((long) xs.length * ys.length > ProximityCheck.CAP) return null;
            boolean exactParts = first.exact() && second.exact();
            long[] out = new long[Math.min(16, xs.length * ys.length)];
            int n = 0;
            for (long x : xs) {
                int xs0 = ProximityCheck.start(x), xe = ProximityCheck.end(x);
                for (long y : ys) {
                    int ys0 = ProximityCheck.start(y), ye = ProximityCheck.end(y);
                    if (ordered && !(exactParts ? xe < ys0 : xs0 < ye)) continue;
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
            return first.exact() && second.exact();
        }
    }
}
