package io.newsradar.index;

import io.newsradar.model.Article;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * A one-article {@link MemoryIndex} with the same text fields, analyzers, positions and offsets as the article
 * index, plus the keyword fields {@code lang}, {@code source}, {@code site}: what theme matching at ingest runs
 * {@code QuerySyntax} queries against, without the index. Not thread-safe (build one per article and thread).
 */
public final class ArticleMemoryIndex {
    private ArticleMemoryIndex() {}

    /**
     * @param article the article to hold
     * @return a memory index over it, offsets stored (for explaining matches)
     */
    public static MemoryIndex of(Article article) {
        MemoryIndex mi = new MemoryIndex(true, false);
        for (IndexableField f : ArticleDocuments.textFields(article)) {
            mi.addField(f.name(), f.stringValue(), Analyzers.perField());
        }
        mi.addField(new StringField(Schema.LANG, article.lang(), Field.Store.NO), null);
        mi.addField(new StringField(Schema.SOURCE, article.source(), Field.Store.NO), null);
        mi.addField(new StringField(Schema.SITE, article.site(), Field.Store.NO), null);
        return mi;
    }
}
