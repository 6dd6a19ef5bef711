package io.newsradar.themes;

import io.newsradar.model.Article;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures a {@link ThemeMatcher} on a labelled set in the shape of {@code shared/corpus/themes-gold/articles.jsonl}
 * (fields {@code id, lang, title, body, published, source, url, labels}), scoring as its README says. The
 * matcher sees only title, body, lang, published, source and url, never the labels.
 */
public final class ThemesBench {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ThemesBench() {}

    /** A gold article: what the tagger may see, and its labels. */
    public record GoldArticle(Article article, Set<String> labels) {}

    /**
     * @param articlesJsonl the labelled articles, one JSON object per line (UTF-8)
     * @param matcher       the tagger under test
     * @return the report; theme names a matcher gives that are not among its {@code themes()} are ignored
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the line when a line is not a valid article
     */
    public static ThemesReport run(Path articlesJsonl, ThemeMatcher matcher) {
        return score(read(articlesJsonl), matcher);
    }

    /** @return the gold articles of a JSONL file, in file order */
    public static List<GoldArticle> read(Path articlesJsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(articlesJsonl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + articlesJsonl + ": " + e.getMessage(), e);
        }
        List<GoldArticle> gold = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                gold.add(parse(JSON.readTree(lines.get(i))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(articlesJsonl + ":" + (i + 1) + ": not a gold article: " + e.getMessage(), e);
            }
        }
        return gold;
    }

    private static GoldArticle parse(JsonNode n) {
        String published = n.path("published").asString("");
        Article article = new Article(n.path("id").asString(), n.path("url").asString(), null,
                n.path("title").asString(""), n.path("body").asString(""),
                published.isEmpty() ? null : OffsetDateTime.parse(published), "given", null,
                n.path("lang").asString(null), n.path("source").asString(null), n.path("source").asString(""),
                null, false, true, null, null);
        Set<String> labels = new LinkedHashSet<>();
        n.path("labels").forEach(l -> labels.add(l.asString()));
        return new GoldArticle(article, labels);
    }

    /** Runs the matcher over the gold articles and scores it. */
    public static ThemesReport score(List<GoldArticle> gold, ThemeMatcher matcher) {
        List<String> names = matcher.themes().stream().map(io.newsradar.model.Theme::name).toList();
        List<Set<String>> predicted = new ArrayList<>();
        long start = System.nanoTime();
        for (GoldArticle g : gold) {
            Set<String> p = new LinkedHashSet<>(matcher.match(g.article()));
            p.retainAll(names);
            predicted.add(p);
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        return Scoring.report(names, gold, predicted, gold.size() / seconds);
    }

    /** The per-language split used by the report. */
    static Map<String, List<Integer>> byLanguage(List<GoldArticle> gold) {
        Map<String, List<Integer>> map = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) map.computeIfAbsent(gold.get(i).article().lang(), k -> new ArrayList<>()).add(i);
        return map;
    }
}
