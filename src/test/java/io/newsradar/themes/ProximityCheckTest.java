package io.newsradar.themes;

import io.newsradar.index.syntax.QuerySyntax;
import io.newsradar.model.Article;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The proximity pre-check: read only when exact, and never false where Lucene matches. */
class ProximityCheckTest {
    private static final String NEAR = "The export of these chips needs a licence from Washington.";
    private static final String FAR = "The export of such chips was discussed at length by officials, and later a licence was mentioned.";

    @Test
    void decidesNearAndFarLikeLucene() throws Exception {
        Query query = QuerySyntax.parse("export NEAR/5 licence");
        List<IntervalQuery> parts = intervalQueries(query);
        assertThat(parts).isNotEmpty();
        TermDictionary dictionary = new TermDictionary();
        List<ProximityCheck> checks = new ArrayList<>();
        for (IntervalQuery q : parts) checks.add(ProximityCheck.of(q, dictionary));
        assertThat(checks).doesNotContainNull();
        dictionary.freeze();
        for (String body : List.of(NEAR, FAR)) {
            ArticleViews views = new ArticleViews(article(body));
            TermView view = new TermView.Full(ArticleTerms.of(views.full().reader(), dictionary), views);
            boolean any = false;
            for (int i = 0; i < parts.size(); i++) {
                boolean lucene = views.full().hits(ThemeQueries.Prepared.of(parts.get(i)));
                boolean may = checks.get(i).mayMatch(view);
                if (lucene) assertThat(may).as(body + " " + parts.get(i)).isTrue();
                any |= may;
            }
            assertThat(any).as(body).isEqualTo(body == NEAR);
        }
    }

    @Test
    void refusesSourcesItCannotReadExactly() {
        TermDictionary dictionary = new TermDictionary();
        var containedBy = Intervals.containedBy(Intervals.term("a"), Intervals.term("b"));
        assertThat(ProximityCheck.of(new IntervalQuery("body", containedBy), dictionary)).isNull();
        var extendedPhrase = Intervals.phrase(Intervals.term("a"), Intervals.extend(Intervals.term("b"), 1, 0));
        assertThat(ProximityCheck.of(new IntervalQuery("body", extendedPhrase), dictionary)).isNotNull();
        var commaTerm = Intervals.maxgaps(2, Intervals.unordered(Intervals.term("a,b"), Intervals.term("c")));
        assertThat(ProximityCheck.of(new IntervalQuery("body", commaTerm), dictionary)).isNull();
        var three = Intervals.maxgaps(2, Intervals.unordered(Intervals.term("a"), Intervals.term("b"), Intervals.term("c")));
        assertThat(ProximityCheck.of(new IntervalQuery("body", three), dictionary)).isNull();
        var plain = Intervals.maxgaps(2, Intervals.ordered(Intervals.term("a"), Intervals.or(Intervals.term("b"), Intervals.term("c"))));
        assertThat(ProximityCheck.of(new IntervalQuery("body", plain), dictionary)).isNotNull();
    }

    private static Article article(String body) {
        return new Article(null, "https://news.example/1", null, "Trade", body, null, null, null, "en", "Example",
                "example", null, false, true, null, null);
    }

    /** @return the per-field interval queries of a compiled NEAR (a disjunction-max of boosted interval queries) */
    private static List<IntervalQuery> intervalQueries(Query query) {
        List<IntervalQuery> out = new ArrayList<>();
        for (Query q : ((DisjunctionMaxQuery) query).getDisjuncts()) {
            Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
            out.add((IntervalQuery) inner);
        }
        return out;
    }
}
