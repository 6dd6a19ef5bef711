package io.newsradar.index;

import io.newsradar.model.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Converts between {@link Article} and the Lucene {@link Document} of the {@link Schema}, both ways, so the
 * writer, the searcher and the per-article {@code MemoryIndex} all build the same fields.
 */
public final class ArticleDocuments {
    /** Analysed text with positions and offsets (phrases, intervals, highlighting), not stored. */
    static final FieldType TEXT = textType(false);
    /** The same, stored: the gram {@code title} and {@code body} fields hold the original text. */
    static final FieldType TEXT_STORED = textType(true);

    private ArticleDocuments() {}

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /**
     * @param article   the article
     * @param themes    its theme names (deduplicated, order kept)
     * @param firstSeen when it was first indexed (UTC)
     * @return the document to index under {@code Schema.URL = article.canonicalUrl()}
     */
    public static Document toDocument(Article article, Collection<String> themes, Instant firstSeen) {
        return toDocument(article, themes, firstSeen, null);
    }

    /**
     * Like {@link #toDocument(Article, Collection, Instant)}, with the article's near-duplicate group.
     *
     * @param story the story it belongs to, with its band terms and sketch; null for none
     */
    public static Document toDocument(Article article, Collection<String> themes, Instant firstSeen, Story story) {
        return toDocument(article, textFields(article), themes, firstSeen, story);
    }

    /**
     * Like {@link #toDocument(Article, Collection, Instant, Story)}, the text fields' tokens taken from an analysis
     * made once for tagging and indexing: the same document, without analysing the text again.
     *
     * @param analysis the analysed article
     */
    public static Document toDocument(ArticleAnalysis analysis, Collection<String> themes, Instant firstSeen, Story story) {
        return toDocument(analysis.article(), analysis.textFields(), themes, firstSeen, story);
    }

    private static Document toDocument(Article article, List<IndexableField> text, Collection<String> themes,
                                       Instant firstSeen, Story story) {
        Document doc = new Document();
        if (story != null) {
            doc.add(new KeywordField(Schema.STORY, story.id(), Field.Store.YES));
            for (String band : story.bands()) doc.add(new StringField(Schema.STORY_BAND, band, Field.Store.NO));
            doc.add(new org.apache.lucene.document.BinaryDocValuesField(Schema.STORY_SKETCH,
                    new org.apache.lucene.util.BytesRef(story.sketchBytes())));
        }
        doc.add(new StringField(Schema.URL, article.canonicalUrl(), Field.Store.YES));
        doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
        doc.add(new StoredField(Schema.FETCH_URL, article.url()));
        text.forEach(doc::add);
        if (article.published() != null) {
            long ms = article.published().toInstant().toEpochMilli();
            doc.add(new LongPoint(Schema.PUBLISHED, ms));
            doc.add(new NumericDocValuesField(Schema.PUBLISHED, ms));
            doc.add(new NumericDocValuesField(Schema.PUBLISHED_OFFSET, article.published().getOffset().getTotalSeconds()));
            doc.add(new StoredField(Schema.PUBLISHED_ISO, article.published().toString()));
        }
        long seen = firstSeen.toEpochMilli();
        doc.add(new LongPoint(Schema.FIRST_SEEN, seen));
        doc.add(new NumericDocValuesField(Schema.FIRST_SEEN, seen));
        doc.add(new StoredField(Schema.FIRST_SEEN, seen));
        doc.add(new KeywordField(Schema.LANG, article.lang(), Field.Store.YES));
        doc.add(new KeywordField(Schema.SOURCE, article.source(), Field.Store.YES));
        doc.add(new KeywordField(Schema.SITE, article.site(), Field.Store.YES));
        for (String theme : new LinkedHashSet<>(themes)) doc.add(new KeywordField(Schema.THEME, theme, Field.Store.YES));
        storeRest(article, doc);
        return doc;
    }

    /**
     * The analysed text fields of an article: gram {@code title}, {@code lead}, {@code body} (title and body
     * stored), plus the same three in the article's language family when it has one.
     */
    public static List<IndexableField> textFields(Article article) {
        List<IndexableField> out = new ArrayList<>();
        String lead = Schema.lead(article.body(), article.lang());
        out.add(new Field(Schema.Text.TITLE.base(), article.title(), TEXT_STORED));
        out.add(new Field(Schema.Text.LEAD.base(), lead, TEXT));
        out.add(new Field(Schema.Text.BODY.base(), article.body(), TEXT_STORED));
        Schema.Family family = Schema.familyOf(article.lang());
        if (family != Schema.Family.GRAM) {
            out.add(new Field(Schema.Text.TITLE.field(family), article.title(), TEXT));
            out.add(new Field(Schema.Text.LEAD.field(family), lead, TEXT));
            out.add(new Field(Schema.Text.BODY.field(family), article.body(), TEXT));
        }
        return out;
    }

    private static void storeRest(Article a, Document doc) {
        doc.add(new StoredField(Schema.DATE_SOURCE, a.dateSource()));
        if (a.modified() != null) doc.add(new StoredField(Schema.MODIFIED, a.modified().toString()));
        if (a.author() != null) doc.add(new StoredField(Schema.AUTHOR, a.author()));
        doc.add(new StoredField(Schema.PAYWALLED, a.paywalled() ? 1 : 0));
        doc.add(new StoredField(Schema.INDEXABLE, a.indexable() ? 1 : 0));
        if (a.charset() != null) doc.add(new StoredField(Schema.CHARSET, a.charset()));
        if (a.fetchedAt() != null) doc.add(new StoredField(Schema.FETCHED_AT, a.fetchedAt().toEpochMilli()));
    }

    /** @return the article a stored document holds */
    public static Article toArticle(Document d) {
        return new Article(d.get(Schema.ID), d.get(Schema.FETCH_URL), d.get(Schema.URL), d.get(Schema.TITLE),
                d.get(Schema.BODY), time(d.get(Schema.PUBLISHED_ISO)), d.get(Schema.DATE_SOURCE),
                time(d.get(Schema.MODIFIED)), d.get(Schema.LANG), d.get(Schema.SOURCE), d.get(Schema.SITE),
                d.get(Schema.AUTHOR), flag(d, Schema.PAYWALLED), flag(d, Schema.INDEXABLE), d.get(Schema.CHARSET),
                instant(d, Schema.FETCHED_AT));
    }

    /** @return the theme names stored in a document, in the order they were written */
    public static List<String> themes(Document d) {
        return List.of(d.getValues(Schema.THEME));
    }

    /** @return the first-seen time stored in a document */
    public static Instant firstSeen(Document d) {
        return instant(d, Schema.FIRST_SEEN);
    }

    /** @return the story id stored in a document, or null for a document written before stories existed */
    public static String story(Document d) {
        return d.get(Schema.STORY);
    }

    private static OffsetDateTime time(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso);
    }

    private static boolean flag(Document d, String field) {
        IndexableField f = d.getField(field);
        return f != null && f.numericValue().intValue() == 1;
    }

    private static Instant instant(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
    }

    /**
     * Finds a stored article by its id or canonical URL.
     *
     * @param searcher a searcher over the index
     * @param idOrUrl  document id or canonical URL, exactly as stored
     * @return the article with its themes and first-seen time, or empty
     * @throws IOException when the index cannot be read
     */
    public static Optional<ArticleStore.StoredArticle> find(IndexSearcher searcher, String idOrUrl) throws IOException {
        TopDocs top = searcher.search(keyQuery(idOrUrl), 1);
        if (top.scoreDocs.length == 0) return Optional.empty();
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        return Optional.of(new ArticleStore.StoredArticle(toArticle(d), themes(d), firstSeen(d)));
    }

    /** @return a query for the document whose id or canonical URL is {@code idOrUrl} */
    public static BooleanQuery keyQuery(String idOrUrl) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.URL, idOrUrl)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Schema.ID, idOrUrl)), BooleanClause.Occur.SHOULD).build();
    }
}
