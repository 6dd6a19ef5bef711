package io.newsradar.index.syntax;

import io.newsradar.index.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles {@link QueryNode}s to Lucene queries over the {@link Schema}. A text node becomes, per targeted text
 * field and per language family, the term or phrase its analysis yields in that family's field; the per-field
 * queries are joined in a {@link DisjunctionMaxQuery} (best field wins, tie-breaker 0.1), the title weighted 2,
 * the lead 1.5, the body 1. Proximity and counts are compiled with {@link IntervalCompiler}.
 */
final class QueryCompiler {
    private static final float TIE_BREAKER = 0.1f;

    private QueryCompiler() {}

    static Query compile(QueryNode node) {
        return switch (node) {
            case QueryNode.Text t -> text(t);
            case QueryNode.Wildcard w -> wildcard(w);
            case QueryNode.Keyword k -> k.prefix() ? new PrefixQuery(new Term(k.field(), k.value()))
                    : new TermQuery(new Term(k.field(), k.value()));
            case QueryNode.Range r -> QuerySyntax.range(r.field(),
                    r.fromMs() == null ? Long.MIN_VALUE : r.fromMs(),
                    r.toMs() == null ? Long.MAX_VALUE : r.toMs() - 1);
            case QueryNode.And a -> and(a);
            case QueryNode.Or o -> or(o);
            case QueryNode.Near n -> intervals(n);
            case QueryNode.Same same -> intervals(same);
            case QueryNode.AtLeast a -> intervals(a);
        };
    }

    private static Query text(QueryNode.Text t) {
        List<Query> perField = new ArrayList<>();
        for (Schema.Text text : t.fields()) {
            for (Schema.Family family : Schema.Family.values()) {
                String field = text.field(family);
                Query q = TextAnalysis.query(field, t.text());
                if (q != null) perField.add(boost(q, text));
            }
        }
        if (perField.isEmpty()) return new MatchNoDocsQuery("no searchable token in '" + t.text() + "'");
        return perField.size() == 1 ? perField.getFirst() : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query wildcard(QueryNode.Wildcard w) {
        List<Query> perField = new ArrayList<>();
        for (Schema.Text text : w.fields()) {
            for (Schema.Family family : IntervalCompiler.WILDCARD_FAMILIES) {
                String field = text.field(family);
                String pattern = TextAnalysis.normalize(field, w.pattern());
                boolean prefix = pattern.indexOf('?') < 0 && pattern.indexOf('*') == pattern.length() - 1;
                Query q = prefix ? new PrefixQuery(new Term(field, pattern.substring(0, pattern.length() - 1)))
                        : new WildcardQuery(new Term(field, pattern));
                perField.add(boost(q, text));
            }
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Query and(QueryNode.And a) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryNode n : a.must()) b.add(compile(n), Occur.MUST);
        for (QueryNode n : a.mustNot()) b.add(compile(n), Occur.MUST_NOT);
        if (a.must().isEmpty()) b.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        return b.build();
    }

    private static Query or(QueryNode.Or o) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryNode n : o.any()) b.add(compile(n), Occur.SHOULD);
        return b.build();
    }

    /** NEAR / PRE / SENT / PARA / atleast: one interval query per physical field the leaves target, best field wins. */
    private static Query intervals(QueryNode node) {
        List<Query> perField = new ArrayList<>();
        for (String field : physicalFields(node)) {
            IntervalsSource source = IntervalCompiler.source(node, field);
            if (source != null) {
                perField.add(boost(new IntervalQuery(field, source), Schema.Text.ofName(baseOf(field))));
            }
        }
        if (perField.isEmpty()) return new MatchNoDocsQuery("no searchable token for column " + node.column());
        return perField.size() == 1 ? perField.getFirst() : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private static Set<String> physicalFields(QueryNode node) {
        Set<String> out = new LinkedHashSet<>();
        collectFields(node, out);
        return out;
    }

    private static void collectFields(QueryNode node, Set<String> out) {
        switch (node) {
            case QueryNode.Text t -> t.fields().forEach(f -> out.addAll(f.fields()));
            case QueryNode.Wildcard w -> w.fields().forEach(f -> out.addAll(f.fields()));
            case QueryNode.And a -> a.must().forEach(n -> collectFields(n, out));
            case QueryNode.Or o -> o.any().forEach(n -> collectFields(n, out));
            case QueryNode.Near n -> {
                collectFields(n.left(), out);
                collectFields(n.right(), out);
            }
            case QueryNode.Same same -> {
                collectFields(same.left(), out);
                collectFields(same.right(), out);
            }
            case QueryNode.AtLeast a -> collectFields(a.inner(), out);
            default -> { }
        }
    }

    private static String baseOf(String field) {
        int us = field.indexOf('_');
        return us < 0 ? field : field.substring(0, us);
    }

    private static Query boost(Query q, Schema.Text text) {
        float boost = switch (text) {
            case TITLE -> 2f;
            case LEAD -> 1.5f;
            case BODY -> 1f;
        };
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
