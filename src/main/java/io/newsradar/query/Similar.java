package io.newsradar.query;

import io.newsradar.index.Analyzers;
import io.newsradar.index.Schema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the "more like this" query of a stored article with Lucene's {@link MoreLikeThis}: the up to
 * {@link #MAX_TERMS} terms of its title and body with the highest tf-idf, analysed and searched in the fields of its
 * language family (Kuromoji fields for Japanese, stemmed fields for English, bigram fields otherwise), the article
 * itself excluded. Terms in more than 20% of the articles, or in only this one, are skipped (from {@link #SMALL_INDEX}
 * articles on).
 */
final class Similar {
    /** Most terms in the query. */
    static final int MAX_TERMS = 25;
    /** Below this many articles, rare and common terms are not filtered by document frequency. */
    static final int SMALL_INDEX = 1000;

    private Similar() {}

    static Query query(IndexReader reader, Document stored) throws IOException {
        Schema.Family family = Schema.familyOf(stored.get(Schema.LANG));
        String title = Schema.Text.TITLE.field(family);
        String body = Schema.Text.BODY.field(family);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(Analyzers.perField());
        mlt.setFieldNames(new String[] {title, body});
        mlt.setMinTermFreq(1);
        if (reader.numDocs() >= SMALL_INDEX) { // on a small index document frequencies tell nothing apart
            mlt.setMinDocFreq(2);
            mlt.setMaxDocFreqPct(20);
        } else {
            mlt.setMinDocFreq(1);
        }
        mlt.setMaxQueryTerms(MAX_TERMS);
        mlt.setBoost(true);
        Map<String, Collection<Object>> text = new HashMap<>();
        text.put(title, List.of(stored.get(Schema.TITLE)));
        text.put(body, List.of(stored.get(Schema.BODY)));
        return new BooleanQuery.Builder()
                .add(mlt.like(text), Occur.MUST)
                .add(new org.apache.lucene.search.TermQuery(new Term(Schema.URL, stored.get(Schema.URL))), Occur.MUST_NOT)
                .build();
    }
}
