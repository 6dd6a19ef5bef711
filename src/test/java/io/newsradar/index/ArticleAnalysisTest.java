package io.newsradar.index;

import io.newsradar.SharedData;
import io.newsradar.model.Article;
import io.newsradar.pipeline.JsonlArticles;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indexing from an {@link ArticleAnalysis} (text analysed once, tokens replayed) gives exactly what analysing the
 * text in the {@code IndexWriter} and in the {@code MemoryIndex} gives: the same terms, document and term
 * frequencies, positions, offsets, norms and stored values in every field, for English, Japanese and Chinese
 * articles of the shared corpora (skipped when {@code ../shared} is absent).
 */
class ArticleAnalysisTest {
    private static final Instant SEEN = Instant.parse("2025-02-01T00:00:00Z");
    private static List<Article> articles;

    @BeforeAll
    static void load() throws IOException {
        Path text = SharedData.require("corpus/text");
        articles = new ArrayList<>();
        for (Map.Entry<String, Integer> f : Map.of("en/reuters21578.jsonl", 120, "en/bbc-news.jsonl", 80,
                "ja/livedoor-news.jsonl", 150, "zh/sogouca-smarty.jsonl", 200).entrySet()) {
            List<Article> some = new ArrayList<>();
            JsonlArticles.read(text.resolve(f.getKey()), a -> {
                if (some.size() < f.getValue()) some.add(a);
            }, x -> { });
            articles.addAll(some);
        }
        assertThat(articles.stream().map(Article::lang).distinct()).contains("en", "ja", "zh");
    }

    @Test
    void diskIndexIsTheSameEitherWay() throws IOException {
        try (Directory analysing = index(false); Directory replaying = index(true);
             DirectoryReader a = DirectoryReader.open(analysing); DirectoryReader b = DirectoryReader.open(replaying)) {
            assertThat(a.leaves()).hasSize(1);
            assertThat(b.leaves()).hasSize(1);
            int postings = sameLeaf(a.leaves().getFirst().reader(), b.leaves().getFirst().reader());
            assertThat(postings).isGreaterThan(articles.size() * 100);
            StoredFields sa = a.storedFields(), sb = b.storedFields();
            for (int doc = 0; doc < a.maxDoc(); doc++) assertThat(stored(sb.document(doc))).isEqualTo(stored(sa.document(doc)));
        }
    }

    @Test
    void memoryIndexIsTheSameEitherWay() throws IOException {
        for (Article article : articles) {
            LeafReader a = leaf(ArticleMemoryIndex.of(article));
            LeafReader b = leaf(ArticleMemoryIndex.of(ArticleAnalysis.of(article)));
            sameLeaf(a, b);
        }
    }

    @Test
    void replayingTwiceGivesTheSameTokens() throws IOException {
        ArticleAnalysis analysis = ArticleAnalysis.of(articles.getFirst());
        sameLeaf(leaf(ArticleMemoryIndex.of(analysis)), leaf(ArticleMemoryIndex.of(analysis)));
    }

    /** A copy under another id and URL replays the first analysis; a copy whose text differs is refused. */
    @Test
    void aCopyReplaysTheFirstAnalysisAndADifferentTextIsRefused() throws IOException {
        Article a = articles.get(articles.size() / 2);
        Article copy = new Article(a.id() + "-copy", a.url() + "?copy", a.canonicalUrl() + "?copy", a.title(), a.body(),
                a.published(), a.dateSource(), a.modified(), a.lang(), a.source(), a.site(), a.author(), false, true, null, null);
        ArticleAnalysis replayed = ArticleAnalysis.of(a).forCopy(copy);
        assertThat(replayed.article()).isSameAs(copy);
        sameLeaf(leaf(ArticleMemoryIndex.of(ArticleAnalysis.of(copy))), leaf(ArticleMemoryIndex.of(replayed)));
        Article edited = new Article(a.id() + "-edit", a.url(), a.canonicalUrl(), a.title(), a.body() + " Updated.",
                a.published(), a.dateSource(), a.modified(), a.lang(), a.source(), a.site(), a.author(), false, true, null, null);
        assertThatThrownBy(() -> ArticleAnalysis.of(a).forCopy(edited)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LeafReader leaf(org.apache.lucene.index.memory.MemoryIndex index) {
        return (LeafReader) index.createSearcher().getIndexReader();
    }

    /** @return an index of the articles, written in one segment; text analysed by the writer or replayed */
    private static Directory index(boolean replay) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField()).setRAMBufferSizeMB(256)
                .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Article a : articles) {
                List<String> themes = List.of("t");
                writer.addDocument(replay ? ArticleDocuments.toDocument(ArticleAnalysis.of(a), themes, SEEN, null)
                        : ArticleDocuments.toDocument(a, themes, SEEN, null));
            }
            writer.forceMerge(1);
        }
        return dir;
    }

    /** Asserts the two leaves index the same fields alike; @return the number of postings compared. */
    private static int sameLeaf(LeafReader a, LeafReader b) throws IOException {
        List<String> fields = new ArrayList<>();
        for (FieldInfo info : a.getFieldInfos()) fields.add(info.name);
        List<String> other = new ArrayList<>();
        for (FieldInfo info : b.getFieldInfos()) other.add(info.name);
        assertThat(other).containsExactlyInAnyOrderElementsOf(fields);
        int compared = 0;
        for (String field : fields) {
            assertThat(b.getFieldInfos().fieldInfo(field).getIndexOptions()).as(field)
                    .isEqualTo(a.getFieldInfos().fieldInfo(field).getIndexOptions());
            compared += sameTerms(field, a.terms(field), b.terms(field));
            sameNorms(field, a.getNormValues(field), b.getNormValues(field));
        }
        return compared;
    }

    private static int sameTerms(String field, Terms a, Terms b) throws IOException {
        if (a == null) {
            assertThat(b).as(field).isNull();
            return 0;
        }
        assertThat(b.size()).as(field).isEqualTo(a.size());
        assertThat(b.getSumTotalTermFreq()).as(field).isEqualTo(a.getSumTotalTermFreq());
        assertThat(b.getSumDocFreq()).as(field).isEqualTo(a.getSumDocFreq());
        TermsEnum ta = a.iterator(), tb = b.iterator();
        PostingsEnum pa = null, pb = null;
        int compared = 0;
        for (BytesRef term = ta.next(); term != null; term = ta.next()) {
            BytesRef other = tb.next();
            if (!term.equals(other)) assertThat(other).as(field).isEqualTo(term);
            String where = field + ":" + term.utf8ToString();
            same(where, "docFreq", ta.docFreq(), tb.docFreq());
            same(where, "totalTermFreq", ta.totalTermFreq(), tb.totalTermFreq());
            pa = ta.postings(pa, PostingsEnum.ALL);
            pb = tb.postings(pb, PostingsEnum.ALL);
            for (int doc = pa.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pa.nextDoc()) {
                same(where, "doc", doc, pb.nextDoc());
                same(where, "freq", pa.freq(), pb.freq());
                for (int i = 0; i < pa.freq(); i++) {
                    same(where, "position", pa.nextPosition(), pb.nextPosition());
                    same(where, "start offset", pa.startOffset(), pb.startOffset());
                    same(where, "end offset", pa.endOffset(), pb.endOffset());
                    if (pa.getPayload() != null || pb.getPayload() != null) {
                        assertThat(pb.getPayload()).as(where).isEqualTo(pa.getPayload());
                    }
                    compared++;
                }
            }
            assertThat(pb.nextDoc()).as(where).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
        }
        assertThat(tb.next()).as(field).isNull();
        return compared;
    }

    private static void sameNorms(String field, NumericDocValues a, NumericDocValues b) throws IOException {
        if (a == null) {
            assertThat(b).as(field).isNull();
            return;
        }
        for (int doc = a.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = a.nextDoc()) {
            same(field, "norms doc", doc, b.nextDoc());
            same(field, "norm", a.longValue(), b.longValue());
        }
        assertThat(b.nextDoc()).as(field).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }

    /** Fails with {@code what} when the values differ (cheaper than an assertion per posting). */
    private static void same(String where, String what, long expected, long actual) {
        if (expected != actual) assertThat(actual).as(where + " " + what).isEqualTo(expected);
    }

    private static List<String> stored(Document d) {
        List<String> out = new ArrayList<>();
        for (IndexableField f : d.getFields()) {
            out.add(f.name() + "=" + (f.numericValue() != null ? f.numericValue() : f.stringValue()));
        }
        return out;
    }
}
