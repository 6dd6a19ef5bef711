package io.newsradar.query;

import io.newsradar.index.Schema;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;

/**
 * The background of the gram {@code body} field for significant terms: the gram fields index EVERY article, but only
 * articles without a language family of their own (Chinese and others: no {@code body_ja}, no {@code body_en}) are
 * read as gram terms in the foreground, so only they may count in the background; otherwise a Chinese bigram would
 * look rare merely because Japanese and English articles never use it. Document frequencies are counted on the
 * postings, live documents only.
 */
final class GramBackground {
    private final IndexSearcher searcher;
    private final FixedBitSet gram;
    private final long docs;

    private GramBackground(IndexSearcher searcher, FixedBitSet gram) {
        this.searcher = searcher;
        this.gram = gram;
        this.docs = gram.cardinality();
    }

    /** Marks the live articles with a gram body and no language-family body. */
    static GramBackground of(IndexSearcher searcher) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(Schema.BODY), Occur.FILTER)
                .add(new FieldExistsQuery(Schema.Text.BODY.field(Schema.Family.JA)), Occur.MUST_NOT)
                .add(new FieldExistsQuery(Schema.Text.BODY.field(Schema.Family.EN)), Occur.MUST_NOT)
                .build();
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet bits = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            if (s == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) bits.set(leaf.docBase + d);
            }
        }
        return new GramBackground(searcher, bits);
    }

    /** @return articles read as gram terms */
    long docs() {
        return docs;
    }

    /** @return how many of those articles have {@code term} in the gram body */
    long docFreq(String term) throws IOException {
        return docFreq(Schema.BODY, term);
    }

    /** @return how many of those articles have {@code term} in the gram field {@code field} (title, lead, body) */
    long docFreq(String field, String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        long n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (!te.seekExact(bytes)) continue;
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (gram.get(leaf.docBase + d)) n++;
            }
        }
        return n;
    }
}
