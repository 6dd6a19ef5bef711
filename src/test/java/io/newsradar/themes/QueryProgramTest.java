package io.newsradar.themes;

import io.newsradar.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The compiled programs must decide exactly as Lucene does on the in-memory views: same hits, same mention
 * counts (and a mention bound never below the count), on the whole article, its headline and lead, and each paragraph, for the starter themes and generated
 * ones, over every gold article.
 */
class QueryProgramTest {
    private static final Path GOLD = Path.of(System.getProperty("newsradar.shared", "../shared"))
            .resolve("corpus/themes-gold/articles.jsonl");

    private static final java.util.Set<String> HEAD = java.util.Set.of("title", "lead");

    private record Pair(ThemeDefinition definition, ThemeQueries.Prepared lucene, QueryProgram program) {}

    @Test
    void programsAgreeWithLuceneOnEveryView() throws Exception {
        assumeTrue(Files.isRegularFile(GOLD), GOLD + " absent: skipping");
        List<ThemeDefinition> definitions = new ArrayList<>(ThemesFile.loadDefault().definitions());
        definitions.addAll(SyntheticThemes.generate(ThemesFile.loadDefault(), 300, 5).definitions());
        TermDictionary dictionary = new TermDictionary();
        List<Pair> queries = new ArrayList<>(), foci = new ArrayList<>();
        for (ThemeDefinition d : definitions) {
            queries.add(pair(d, d.query(), dictionary));
            foci.add(pair(d, d.focus(), dictionary));
        }
        dictionary.freeze();
        int hits = 0, mentioned = 0;
        for (ThemesBench.GoldArticle g : ThemesBench.read(GOLD)) {
            Article article = g.article();
            ArticleViews views = new ArticleViews(article);
            ArticleTerms terms = ArticleTerms.of(views.full().reader(), dictionary);
            TermView full = new TermView.Full(terms, views);
            for (Pair q : queries) {
                boolean expected = views.full().hits(q.lucene());
                assertThat(q.program().hits(full)).as(article.id() + " " + q.definition().name()).isEqualTo(expected);
                if (expected) hits++;
            }
            List<ArticleViews.View> lucene = new ArrayList<>(views.paragraphs());
            List<TermView> mine = new ArrayList<>();
            for (int i = 0; i < lucene.size(); i++) mine.add(slice(terms, dictionary, views.paragraphRanges().get(i), lucene.get(i)));
            ArticleViews.View head = views.head(HEAD);
            lucene.add(head);
            mine.add(slice(terms, dictionary, views.headRange(HEAD), head));
            lucene.add(views.full());
            mine.add(full);
            for (Pair f : foci) {
                for (int v = 0; v < lucene.size(); v++) {
                    var m = lucene.get(v).matches(f.lucene());
                    int expected = m == null ? -1 : Mentions.count(m);
                    Mentions.Sink sink = new Mentions.Sink();
                    int actual = f.program().mentions(mine.get(v), sink) ? sink.count() : -1;
                    assertThat(actual).as(article.id() + " view " + v + " " + f.definition().name()).isEqualTo(expected);
                    assertThat(f.program().bound(mine.get(v))).as("bound, " + article.id() + " view " + v + " " + f.definition().name())
                            .isGreaterThanOrEqualTo(expected);
                    if (expected > 0) mentioned++;
                }
            }
        }
        System.out.printf("QueryProgramTest: %d query hits, %d views with mentions%n", hits, mentioned);
        assertThat(hits).as("queries that match somewhere").isGreaterThan(300);
        assertThat(mentioned).as("views with mentions").isGreaterThan(300);
    }

    private static Pair pair(ThemeDefinition d, org.apache.lucene.search.Query query, TermDictionary dictionary) {
        ThemeQueries.Prepared prepared = ThemeQueries.Prepared.of(query);
        return new Pair(d, prepared, QueryProgram.compile(prepared.query(), dictionary));
    }

    private static TermView slice(ArticleTerms terms, TermDictionary dictionary, int[] r, ArticleViews.View lucene) {
        return new TermView.Slice(terms, dictionary, r[0] == 1, r[1], r[2], r[3], () -> lucene);
    }
}
