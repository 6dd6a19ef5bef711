package io.newsradar.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Reader refreshes after small batches leave few segments with {@link SmallSegmentMerges}, and every document. */
class SmallSegmentMergesTest {
    private static final int BATCHES = 8;

    @Test
    void refreshesMergeTheSmallSegments() throws IOException {
        assertThat(leavesAfterRefreshes(new SmallSegmentMerges())).isLessThan(SmallSegmentMerges.MIN_SMALL);
    }

    @Test
    void tieredAloneKeepsOneSegmentPerRefresh() throws IOException {
        assertThat(leavesAfterRefreshes(new TieredMergePolicy())).isEqualTo(BATCHES);
    }

    /** @return the segments of an index written in {@link #BATCHES} batches, the reader refreshed after each */
    private static int leavesAfterRefreshes(MergePolicy policy) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(policy).setMaxFullFlushMergeWaitMillis(60_000))) {
            DirectoryReader reader = DirectoryReader.open(writer);
            for (int batch = 0; batch < BATCHES; batch++) {
                for (int i = 0; i < 50; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", batch + "-" + i, Field.Store.YES));
                    writer.addDocument(d);
                }
                DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
                reader.close();
                reader = newer;
            }
            try (DirectoryReader last = reader) {
                assertThat(last.numDocs()).isEqualTo(BATCHES * 50);
                return last.leaves().size();
            }
        }
    }
}
