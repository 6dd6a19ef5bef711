package io.newsradar.themes;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Extracts from a query a set of index terms of which an article must contain at least one for the query to
 * be able to match (the presearcher idea of Lucene's monitor module): a disjunction contributes the union of
 * its clauses' sets, a conjunction (or phrase, or proximity) only its most selective clause's set, and
 * excluded clauses nothing. Fields are ignored (a term in any field keeps the query a candidate). A query
 * with a part that cannot be reduced to terms (a wildcard, match-all) on every required path gives
 * {@link #ANY}: always a candidate.
 *
 * <p>Passes (as in the monitor module's multipass presearcher): pass 0 takes each conjunction's most selective
 * clause, pass 1 its second most selective, and so on (the last one when there are fewer). Every pass gives a
 * necessary condition, so a theme must hit in all passes to be a candidate.
 */
final class RequiredTerms {
    /** The result for a query that cannot be filtered by terms. */
    static final Set<BytesRef> ANY = Set.of();

    private RequiredTerms() {}

    /** @return the terms (UTF-8 bytes, any field) one of which must occur; {@link #ANY} when unfilterable */
    static Set<BytesRef> of(Query query) {
        return of(query, 0);
    }

    /** @return the terms of pass {@code pass} (0 = most selective clause of each conjunction) */
    static Set<BytesRef> of(Query query, int pass) {
        Node root = new Node(Occur.MUST, pass);
        query.visit(root);
        Set<BytesRef> result = root.required();
        return result == null ? ANY : result;
    }

    /** One sub-visitor: clauses collected under one occur of one parent query. */
    private static final class Node extends QueryVisitor {
        private final Occur occur;
        private final int pass;
        private final List<Set<BytesRef>> parts = new ArrayList<>();
        private final Map<Query, List<Node>> children = new IdentityHashMap<>();
        private boolean unfilterable;

        Node(Occur occur, int pass) {
            this.occur = occur;
            this.pass = pass;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            if (occur == Occur.SHOULD) {
                Set<BytesRef> any = new HashSet<>();
                for (Term t : terms) any.add(BytesRef.deepCopyOf(t.bytes()));
                parts.add(any);
            } else {
                for (Term t : terms) parts.add(Set.of(BytesRef.deepCopyOf(t.bytes())));
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
            unfilterable = true;
        }

        @Override
        public void visitLeaf(Query query) {
            unfilterable = true;
        }

        @Override
        public QueryVisitor getSubVisitor(Occur sub, Query parent) {
            if (sub == Occur.MUST_NOT) return QueryVisitor.EMPTY_VISITOR;
            Node child = new Node(sub == Occur.FILTER ? Occur.MUST : sub, pass);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            return child;
        }

        /** @return the node's required set, or null when it cannot be filtered */
        Set<BytesRef> required() {
            List<Set<BytesRef>> alternatives = new ArrayList<>(parts);
            boolean anyUnfilterable = unfilterable;
            for (List<Node> group : children.values()) {
                Set<BytesRef> g = group(group);
                if (g == null) anyUnfilterable = true;
                else alternatives.add(g);
            }
            if (occur == Occur.SHOULD) return anyUnfilterable || alternatives.isEmpty() ? null : union(alternatives);
            return alternatives.isEmpty() ? null : selective(alternatives, pass);
        }

        /** The clause groups of one parent query: its required clauses if any, else its optional ones. */
        private Set<BytesRef> group(List<Node> nodes) {
            List<Set<BytesRef>> must = new ArrayList<>();
            List<Node> should = new ArrayList<>();
            boolean hasMust = false;
            for (Node n : nodes) {
                if (n.occur == Occur.MUST) {
                    hasMust = true;
                    Set<BytesRef> r = n.required();
                    if (r != null) must.add(r);
                } else {
                    should.add(n);
                }
            }
            if (hasMust) return must.isEmpty() ? null : selective(must, pass);
            List<Set<BytesRef>> sets = new ArrayList<>();
            for (Node n : should) {
                Set<BytesRef> r = n.required();
                if (r == null) return null;
                sets.add(r);
            }
            return sets.isEmpty() ? null : union(sets);
        }
    }

    private static Set<BytesRef> union(List<Set<BytesRef>> sets) {
        Set<BytesRef> all = new HashSet<>();
        sets.forEach(all::addAll);
        return all;
    }

    /**
     * Ranks required sets by selectivity (the set whose shortest term is longest first: long terms are rarer; then
     * the smaller set) and returns the {@code pass}-th, or the last when there are fewer.
     */
    private static Set<BytesRef> selective(List<Set<BytesRef>> sets, int pass) {
        List<Set<BytesRef>> ranked = new ArrayList<>(new java.util.LinkedHashSet<>(sets));
        ranked.sort(java.util.Comparator.<Set<BytesRef>>comparingInt(RequiredTerms::weight).reversed()
                .thenComparingInt(Set::size));
        return ranked.get(Math.min(pass, ranked.size() - 1));
    }

    private static int weight(Set<BytesRef> set) {
        int min = Integer.MAX_VALUE;
        for (BytesRef b : set) min = Math.min(min, b.length);
        return min;
    }
}
