package io.newsradar.themes;

import io.newsradar.index.syntax.QuerySyntax;
import io.newsradar.model.Article;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the proximity check decides a match itself ({@link ProximityCheck#decide}), it must say what Lucene's
 * interval query says on the same in-memory article: random texts over a small vocabulary (with stop words that
 * leave position gaps), random {@code NEAR/n} and {@code PRE/n} queries over words, phrases (some with a stop word
 * inside), truncations and disjunctions, the same word on both sides included.
 */
class ProximityDecisionTest {
    private static final String[] WORDS = {"alpha", "bravo", "delta", "echo", "golf", "hotel", "kilo"};
    private static final String[] STOP = {"the", "of", "and"};

    @Test
    void decisionsEqualLucene() throws Exception {
        Random random = new Random(20261130);
        int decidedTrue = 0, decidedFalse = 0, undecided = 0;
        for (int round = 0; round < 150; round++) {
            List<String> queries = new ArrayList<>();
            for (int q = 0; q < 12; q++) queries.add(query(random));
            List<IntervalQuery> parts = new ArrayList<>();
            for (String q : queries) collect(QuerySyntax.parse(q), parts);
            TermDictionary dictionary = new TermDictionary();
            List<ProximityCheck> checks = new ArrayList<>();
            for (IntervalQuery part : parts) checks.add(ProximityCheck.of(part, dictionary));
            dictionary.freeze();
            Article article = article(text(random, 6), text(random, 60) + "\n\n" + text(random, 40));
            ArticleViews views = new ArticleViews(article);
            TermView view = new TermView.Full(ArticleTerms.of(views.full().reader(), dictionary), views);
            for (int i = 0; i < parts.size(); i++) {
                if (checks.get(i) == null) continue;
                Boolean decided = checks.get(i).decide(view);
                boolean lucene = views.full().hits(ThemeQueries.Prepared.of(parts.get(i)));
                if (decided == null) {
                    undecided++;
                    if (!lucene) continue;
                    assertThat(checks.get(i).mayMatch(view)).as(parts.get(i) + " on " + article.body()).isTrue();
                    continue;
                }
                assertThat(decided).as(parts.get(i) + " on " + article.title() + " / " + article.body()).isEqualTo(lucene);
                if (decided) decidedTrue++;
                else decidedFalse++;
            }
        }
        assertThat(decidedTrue).as("decided matches").isGreaterThan(200);
        assertThat(decidedFalse).as("decided non-matches").isGreaterThan(200);
        assertThat(undecided).as("left to Lucene (same word on both sides, mixed widths)").isGreaterThan(0);
    }

    private static String query(Random random) {
        String op = random.nextBoolean() ? " NEAR/" : " PRE/";
        return operand(random) + op + random.nextInt(5) + " " + operand(random);
    }

    private static String operand(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> word(random);
            case 2 -> "\"" + word(random) + " " + word(random) + "\"";
            case 3 -> "\"" + word(random) + " of " + word(random) + "\"";
            case 4 -> word(random).substring(0, 3) + "*";
            default -> "(" + word(random) + " OR " + (random.nextBoolean() ? word(random) : "\"" + word(random) + " " + word(random) + "\"") + ")";
        };
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String text(Random random, int tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (i > 0) out.append(' ');
            out.append(random.nextInt(5) == 0 ? STOP[random.nextInt(STOP.length)] : word(random));
        }
        return out.toString();
    }

    private static Article article(String title, String body) {
        return new Article(null, "https://news.example/1", null, title, body, null, null, null, "en", "Example",
                "example", null, false, true, null, null);
    }

    private static void collect(Query query, List<IntervalQuery> out) {
        switch (query) {
            case IntervalQuery iq -> out.add(iq);
            case BoostQuery b -> collect(b.getQuery(), out);
            case ConstantScoreQuery c -> collect(c.getQuery(), out);
            case DisjunctionMaxQuery d -> d.getDisjuncts().forEach(q -> collect(q, out));
            case BooleanQuery b -> b.clauses().forEach(c -> collect(c.query(), out));
            default -> { }
        }
    }
}
