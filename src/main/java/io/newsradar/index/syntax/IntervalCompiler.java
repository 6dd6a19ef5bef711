package io.newsradar.index.syntax;

import io.newsradar.index.Boundaries;
import io.newsradar.index.Schema;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compiles {@code NEAR/n}, {@code PRE/n}, {@code SENT}, {@code PARA} and {@code atleastN(...)} to Lucene intervals
 * ({@code org.apache.lucene.queries.intervals}) for one physical field. Distances count positions of that field's
 * analysis: words in English, morphemes in Japanese (Kuromoji), characters in the gram fields (bigram positions).
 */
final class IntervalCompiler {
    /** Families whose fields keep unstemmed forms, so a wildcard on them means what the analyst typed. */
    static final List<Schema.Family> WILDCARD_FAMILIES = List.of(Schema.Family.GRAM, Schema.Family.JA);
    /** Most terms one wildcard may expand to inside NEAR/PRE/atleast before the query is refused. */
    static final int MAX_EXPANSIONS = 1024;

    private IntervalCompiler() {}

    /** @return the intervals of {@code node} in {@code field}, or null when it has no token there */
    static IntervalsSource source(QueryNode node, String field) {
        return switch (node) {
            case QueryNode.Text t -> t.fields().contains(textOf(field)) ? text(t.text(), field) : null;
            case QueryNode.Wildcard w -> w.fields().contains(textOf(field)) ? wildcard(w.pattern(), field) : null;
            case QueryNode.Or o -> or(o, field);
            case QueryNode.And a -> and(a, field);
            case QueryNode.Near n -> near(n, field);
            case QueryNode.Same same -> same(same, field);
            case QueryNode.AtLeast a -> atLeast(a, field);
            case QueryNode.Keyword k -> throw new QueryException(
                    k.field() + ": cannot be used inside NEAR, PRE, SENT, PARA or atleast", k.column());
            case QueryNode.Range r -> throw new QueryException(
                    "published: cannot be used inside NEAR, PRE, SENT, PARA or atleast", r.column());
        };
    }

    private static Schema.Text textOf(String field) {
        int us = field.indexOf('_');
        return Schema.Text.ofName(us < 0 ? field : field.substring(0, us));
    }

    private static IntervalsSource text(String text, String field) {
        List<TextAnalysis.Token> toks = TextAnalysis.tokens(field, text);
        if (toks.isEmpty()) return null;
        if (toks.size() == 1) return Intervals.term(toks.getFirst().term());
        List<IntervalsSource> parts = new ArrayList<>();
        int expected = 0;
        for (TextAnalysis.Token t : toks) {
            IntervalsSource term = Intervals.term(t.term());
            int gap = t.position() - expected;
            // a removed stop word or particle leaves a gap: widen the term to the left so the phrase still lines up
            parts.add(gap > 0 ? Intervals.extend(term, gap, 0) : term);
            expected = t.position() + 1;
        }
        return Intervals.phrase(parts.toArray(IntervalsSource[]::new));
    }

    private static IntervalsSource wildcard(String pattern, String field) {
        if (!WILDCARD_FAMILIES.contains(Schema.Family.ofField(field))) return null;
        String p = TextAnalysis.normalize(field, pattern);
        boolean prefix = p.indexOf('?') < 0 && p.indexOf('*') == p.length() - 1;
        return prefix ? Intervals.prefix(new BytesRef(p.substring(0, p.length() - 1)), MAX_EXPANSIONS)
                : Intervals.wildcard(new BytesRef(p), MAX_EXPANSIONS);
    }

    private static IntervalsSource or(QueryNode.Or o, String field) {
        List<IntervalsSource> any = new ArrayList<>();
        for (QueryNode n : o.any()) {
            IntervalsSource s = source(n, field);
            if (s != null) any.add(s);
        }
        return any.isEmpty() ? null : any.size() == 1 ? any.getFirst() : Intervals.or(any);
    }

    private static IntervalsSource and(QueryNode.And a, String field) {
        if (!a.mustNot().isEmpty()) {
            throw new QueryException("NOT cannot be used inside NEAR, PRE, SENT, PARA or atleast", a.mustNot().getFirst().column());
        }
        List<IntervalsSource> all = new ArrayList<>();
        for (QueryNode n : a.must()) {
            IntervalsSource s = source(n, field);
            if (s == null) return null;
            all.add(s);
        }
        return all.size() == 1 ? all.getFirst() : Intervals.unordered(all.toArray(IntervalsSource[]::new));
    }

    private static IntervalsSource near(QueryNode.Near n, String field) {
        IntervalsSource left = source(n.left(), field);
        IntervalsSource right = source(n.right(), field);
        if (left == null || right == null) return null;
        IntervalsSource both = n.ordered() ? Intervals.ordered(left, right) : Intervals.unordered(left, right);
        return Intervals.maxgaps(n.maxGap(), both);
    }

    private static IntervalsSource same(QueryNode.Same s, String field) {
        IntervalsSource left = source(s.left(), field);
        IntervalsSource right = source(s.right(), field);
        if (left == null || right == null) return null;
        IntervalsSource boundary = s.paragraph() ? Intervals.term(Boundaries.PARAGRAPH)
                : Intervals.or(Intervals.term(Boundaries.SENTENCE), Intervals.term(Boundaries.PARAGRAPH));
        return Intervals.notContaining(Intervals.unordered(left, right), boundary);
    }

    private static IntervalsSource atLeast(QueryNode.AtLeast a, String field) {
        IntervalsSource s = source(a.inner(), field);
        if (s == null) return null;
        if (a.count() == 1) return s;
        // n non-overlapping occurrences one after another = at least n occurrences in the field
        return Intervals.ordered(Collections.nCopies(a.count(), s).toArray(IntervalsSource[]::new));
    }
}
