package io.newsradar.themes;


import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The node types of a {@link QueryProgram} evaluated on postings (see also {@link LuceneNode}); each mirrors the Lucene query it was compiled from. Immutable. */
final class ProgramNodes {
    private ProgramNodes() {}

    /** Match-all (no intervals, as Lucene's) or match-none. */
    enum Constant implements QueryProgram {
        ALL, NONE;

        @Override
        public boolean hits(TermView view) {
            return this == ALL;
        }

        @Override
        public boolean mentions(TermView view, Mentions.Sink sink) {
            return this == ALL;
        }

        @Override
        public int bound(TermView view) {
            return 0;
        }

        @Override
        public int cost() {
            return 0;
        }
    }

    /** One term in one text field: every occurrence is a mention. */
    record TermNode(int pair, boolean inTitle) implements QueryProgram {
        @Override
        public boolean hits(TermView view) {
            return view.postings(pair) != null;
        }

        @Override
        public boolean mentions(TermView view, Mentions.Sink sink) {
            ArticleTerms.Postings p = view.postings(pair);
            if (p == null) return false;
            for (int i = 0; i < p.starts().length; i++) sink.add(inTitle, p.starts()[i], p.ends()[i], p.positions()[i], p.positions()[i]);
            return true;
        }

        @Override
        public int bound(TermView view) {
            ArticleTerms.Postings p = view.postings(pair);
            return p == null ? 0 : p.positions().length;
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    /** An exact phrase (slop 0): term {@code i} at position {@code offsets[i]} after the first's. */
    record Phrase(int[] pairs, int[] offsets, boolean inTitle) implements QueryProgram {
        @Override
        public boolean hits(TermView view) {
            return scan(view, null);
        }

        @Override
        public boolean mentions(TermView view, Mentions.Sink sink) {
            return scan(view, sink);
        }

        /** Each occurrence starts at a distinct occurrence of the first term. */
        @Override
        public int bound(TermView view) {
            ArticleTerms.Postings p = view.postings(pairs[0]);
            return p == null ? 0 : p.positions().length;
        }

        /** Finds the phrase's occurrences; stops at the first when {@code sink} is null. */
        private boolean scan(TermView view, Mentions.Sink sink) {
            ArticleTerms.Postings[] postings = new ArticleTerms.Postings[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                if ((postings[i] = view.postings(pairs[i])) == null) return false;
            }
            ArticleTerms.Postings first = postings[0], last = postings[pairs.length - 1];
            boolean found = false;
            for (int k = 0; k < first.positions().length; k++) {
                int lastIndex = rest(postings, first.positions()[k]);
                if (lastIndex < 0) continue;
                if (sink == null) return true;
                found = true;
                int at = first.positions()[k];
                sink.add(inTitle, first.starts()[k], last.ends()[lastIndex], at, at + offsets[pairs.length - 1]);
            }
            return found;
        }

        /** @return the index of the last term's occurrence when all further terms sit at their offsets from {@code at}, else -1 */
        private int rest(ArticleTerms.Postings[] postings, int at) {
            int index = -1;
            for (int i = 1; i < postings.length; i++) {
                if ((index = at(postings[i], at + offsets[i])) < 0) return -1;
            }
            return index;
        }

        private static int at(ArticleTerms.Postings p, int position) {
            int i = Arrays.binarySearch(p.positions(), position);
            return i >= 0 ? i : -1;
        }

        @Override
        public int cost() {
            return 2;
        }
    }

    /** Any of several terms (each a pair, in a title field or not): a disjunction of term nodes, flattened. */
    record AnyTerm(int[] pairs, boolean[] inTitle) implements QueryProgram {
        @Override
        public boolean hits(TermView view) {
            for (int pair : pairs) if (view.postings(pair) != null) return true;
            return false;
        }

        @Override
        public boolean mentions(TermView view, Mentions.Sink sink) {
            boolean found = false;
            for (int i = 0; i < pairs.length; i++) found |= new TermNode(pairs[i], inTitle[i]).mentions(view, sink);
            return found;
        }

        @Override
        public int bound(TermView view) {
            int n = 0;
            for (int pair : pairs) {
                ArticleTerms.Postings p = view.postings(pair);
                if (p != null) n = QueryProgram.plus(n, p.positions().length);
            }
            return n;
        }

        @Override
        public int cost() {
            return 1;
        }
    }

    /**
     * @return a disjunction of the programs: nested disjunctions flattened, term nodes gathered into one
     *         {@link AnyTerm} tried first
     */
    static QueryProgram anyOf(List<QueryProgram> programs) {
        java.util.List<QueryProgram> flat = new java.util.ArrayList<>();
        java.util.List<TermNode> terms = new java.util.ArrayList<>();
        java.util.ArrayDeque<QueryProgram> todo = new java.util.ArrayDeque<>(programs);
        while (!todo.isEmpty()) {
            QueryProgram p = todo.removeFirst();
            switch (p) {
                case Any a -> a.any().reversed().forEach(todo::addFirst);
                case AnyTerm t -> {
                    for (int i = 0; i < t.pairs().length; i++) terms.add(new TermNode(t.pairs()[i], t.inTitle()[i]));
                }
                case TermNode t -> terms.add(t);
                default -> flat.add(p);
            }
        }
        if (!terms.isEmpty()) {
            int[] pairs = terms.stream().mapToInt(TermNode::pair).toArray();
            boolean[] inTitle = new boolean[terms.size()];
            for (int i = 0; i < inTitle.length; i++) inTitle[i] = terms.get(i).inTitle();
            flat.addFirst(new AnyTerm(pairs, inTitle));
        }
        return flat.size() == 1 ? flat.getFirst() : new Any(List.copyOf(flat));
    }

    /** A disjunction (disjunction-max or a boolean with only optional clauses): any; all matching ones report. */
    record Any(List<QueryProgram> any) implements QueryProgram {
        @Override
        public boolean hits(TermView view) throws IOException {
            for (QueryProgram p : any) if (p.hits(view)) return true;
            return false;
        }

        @Override
        public boolean mentions(TermView view, Mentions.Sink sink) throws IOException {
            boolean found = false;
            for (QueryProgram p : any) found |= p.mentions(view, sink);
            return found;
        }

        @Override
        public int bound(TermView view) throws IOException {
            int n = 0;
            for (QueryProgram p : any) if ((n = QueryProgram.plus(n, p.bound(view))) == Integer.MAX_VALUE) break;
            return n;
        }

        @Override
        public int cost() {
            return any.stream().mapToInt(QueryProgram::cost).max().orElse(0) + 1;
        }
    }

    /** A boolean query: all required, none excluded, at least {@code minShould} optional (1 when none required). */
    record Bool(List<QueryProgram> must, List<QueryProgram> should, List<QueryProgram> not, int minShould)
            implements QueryProgram {
        @Override
        public boolean hits(TermView view) throws IOException {
            for (QueryProgram p : must) if (!p.hits(view)) return false;
            for (QueryProgram p : not) if (p.hits(view)) return false;
            int need = must.isEmpty() ? Math.max(1, minShould) : minShould;
            if (need == 0) return true;
            int found = 0, left = should.size();
            for (QueryProgram p : should) {
                if (p.hits(view) && ++found >= need) return true;
                if (found + --left < need) return false;
            }
            return false;
        }

        @Override
        public boolean mentions(TermView view, Mentions.Sink sink) throws IOException {
            if (!hits(view)) return false;
            for (QueryProgram p : must) p.mentions(view, sink);
            for (QueryProgram p : should) p.mentions(view, sink);
            return true;
        }

        @Override
        public int bound(TermView view) throws IOException {
            int n = 0;
            for (QueryProgram p : must) n = QueryProgram.plus(n, p.bound(view));
            for (QueryProgram p : should) n = QueryProgram.plus(n, p.bound(view));
            return n;
        }

        @Override
        public int cost() {
            int max = 0;
            for (QueryProgram p : must) max = Math.max(max, p.cost());
            for (QueryProgram p : should) max = Math.max(max, p.cost());
            return max + 1;
        }
    }
}
