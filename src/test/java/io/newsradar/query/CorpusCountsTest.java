package io.newsradar.query;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search totals over the real JSONL corpora ({@code text/ja/livedoor-news.jsonl}, {@code text/en/*.jsonl}) against
 * a count made here without Lucene: articles whose NFKC, lower-cased {@code title + "\n" + body} contains the word.
 * The words are chosen so that substring and word agree: for English the test first checks that every occurrence
 * of the word stands alone (no "tariffs" next to "tariff", which stemming would fold in and a substring count
 * would not separate; a word next to Japanese script still counts, as the tokenizers split scripts); for Japanese,
 * kanji words, where the gram (bigram) field matches exactly the substrings. Words that Porter stemming conflates
 * with another word are unfit (e.g. "boeing" -> "boe", which is also Reuters' "BOE", Bank of England).
 */
class CorpusCountsTest {
    @TempDir
    static Path data;
    private static final List<String> texts = new ArrayList<>();
    private static LuceneArticleSearcher searcher;

    @BeforeAll
    static void ingest() throws IOException {
        Path text = TextCorpus.shared().resolve("corpus/text");
        assumeTrue(Files.isDirectory(text), text + " absent: skipping corpus counts");
        List<Article> all = new ArrayList<>(TextCorpus.read(text.resolve("ja/livedoor-news.jsonl")));
        all.addAll(TextCorpus.read(text.resolve("en/bbc-news.jsonl")));
        all.addAll(TextCorpus.read(text.resolve("en/reuters21578.jsonl")));
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (Article a : all) store.upsert(a, List.of(), Instant.EPOCH);
            store.commit();
            assertThat(store.count()).isEqualTo(all.size());
            for (Article a : all.subList(0, 2000)) store.upsert(a, List.of(), Instant.now()); // updates, no duplicates
            store.commit();
            assertThat(store.count()).isEqualTo(all.size());
        }
        for (Article a : all) texts.add(fold(a.title() + "\n" + a.body()));
        searcher = LuceneArticleSearcher.open(data);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static long total(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).total();
    }

    @org.junit.jupiter.api.Test
    void aWildcardTooBroadForProximityIsRefusedWithAReason() throws IOException {
        assertThat(total("coff* NEAR/3 cocoa")).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> total("c* NEAR/3 cocoa"))
                .isInstanceOf(QueryException.class).hasMessageContaining("make it longer");
    }

    @org.junit.jupiter.api.Test
    void similarArticlesShareTheTopic() throws IOException {
        SearchResult cocoa = searcher.search(new SearchRequest("title:cocoa", List.of(), null, null, "en", null,
                SearchRequest.Sort.RELEVANCE, 1, List.of()));
        SearchResult like = searcher.similar(cocoa.hits().getFirst().id(), 10);
        assertThat(like.hits()).hasSize(10).noneMatch(h -> h.id().equals(cocoa.hits().getFirst().id()));
        long onTopic = like.hits().stream().filter(h -> fold(h.title() + " " + h.snippet().text()).contains("cocoa")).count();
        assertThat(onTopic).isGreaterThanOrEqualTo(8);
        SearchResult baseball = searcher.search(new SearchRequest("title:野球", List.of(), null, null, "ja", null,
                SearchRequest.Sort.RELEVANCE, 1, List.of()));
        assertThat(searcher.similar(baseball.hits().getFirst().id(), 10).hits())
                .allMatch(h -> h.lang().equals("ja"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京", "映画", "野球", "携帯", "地震", "結婚", "選手", "監督", "アップル"})
    void japaneseWordCountsMatchSubstringCounts(String word) throws IOException {
        long expected = texts.stream().filter(t -> t.contains(word)).count();
        assertThat(expected).isPositive();
        assertThat(total(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cocoa", "bundesbank", "nasdaq", "coffee", "chelsea", "nokia", "mexico", "toyota", "nintendo"})
    void englishWordCountsMatchStandaloneWordCounts(String word) throws IOException {
        String w = word.toLowerCase(Locale.ROOT);
        Pattern alone = Pattern.compile("(?<![\\p{IsLatin}\\p{N}_])" + Pattern.quote(w) + "(?![\\p{IsLatin}\\p{N}_])");
        long substring = texts.stream().filter(t -> t.contains(w)).count();
        long standalone = texts.stream().filter(t -> alone.matcher(t).find()).count();
        assertThat(standalone).as("'%s' must only occur as a whole word for this check to be fair", w)
                .isEqualTo(substring).isPositive();
        assertThat(total(word)).isEqualTo(standalone);
    }
}
