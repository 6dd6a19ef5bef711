package io.newsradar.index.syntax;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchWalkTest {
    private static final String TEXT = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 then k";

    /** A NEAR over a long phrase: Lucene 10.4's CachingMatchesIterator overruns its query array past 12 sub-matches. */
    private static Matches nearLongPhrase(IndexSearcher searcher, int doc) throws Exception {
        IntervalsSource phrase = Intervals.phrase(Arrays.stream(TEXT.split(" ")).limit(14).toArray(String[]::new));
        IntervalsSource near = Intervals.maxgaps(5, Intervals.unordered(phrase, Intervals.term("k")));
        Weight w = searcher.createWeight(searcher.rewrite(new IntervalQuery("body", near)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return MatchWalk.matches(w, searcher.getIndexReader().leaves().getFirst(), doc);
    }

    @Test
    void aMatchIsAMatchEvenWhereLuceneCannotListItsIntervals() throws Exception {
        try (var dir = new ByteBuffersDirectory()) {
            try (var w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                FieldType t = new FieldType();
                t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
                t.setTokenized(true);
                for (String text : List.of(TEXT, TEXT.replace(" k", " x"))) {
                    Document d = new Document();
                    d.add(new Field("body", text, t));
                    w.addDocument(d);
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Matches m = nearLongPhrase(searcher, 0);
                assertThat(m).as("doc 0 has the phrase and k within 5 positions").isNotNull();
                List<int[]> seen = new ArrayList<>();
                boolean complete = MatchWalk.walk(m.getMatches("body"), true, (sp, ep, so, eo) -> seen.add(new int[]{so, eo}));
                if (m != MatchesUtils.MATCH_WITH_NO_TERMS) { // Lucene listed them (the defect fixed): all 15 terms
                    assertThat(complete).isTrue();
                    assertThat(seen).hasSize(15);
                }
                assertThat(nearLongPhrase(searcher, 1)).as("doc 1 has no k").isNull();
            }
        }
    }
}
