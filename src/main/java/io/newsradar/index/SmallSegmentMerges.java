package io.newsradar.index;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lucene's {@link TieredMergePolicy}, plus merging on full flush: when a reader refresh or a commit flushes the
 * writer's buffers, the small segments (below the tiered policy's floor size) are merged into one before the new
 * reader opens (bounded by {@code IndexWriterConfig#setMaxFullFlushMergeWaitMillis}). The store refreshes its reader
 * every couple of thousand articles ({@link StoryGrouper#PENDING_MAX}) and each refresh flushes one small segment
 * per indexing thread; without this, up to {@code segmentsPerTier} of them pile up before the tiered policy merges
 * them, and every article's story lookup ({@link BandPostings}: a term seek per band and segment) pays for each.
 * Which documents an index holds is unchanged; only how they are split into segments.
 */
final class SmallSegmentMerges extends FilterMergePolicy {
    /** Small segments from which on a full flush merges them. */
    static final int MIN_SMALL = 3;

    SmallSegmentMerges() {
        super(new TieredMergePolicy());
    }

    @Override
    public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        long floor = maxFullFlushMergeSize();
        Set<SegmentCommitInfo> merging = context.getMergingSegments();
        List<SegmentCommitInfo> small = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (!merging.contains(info) && size(info, context) < floor) small.add(info);
        }
        if (small.size() < MIN_SMALL) return null;
        MergeSpecification spec = new MergeSpecification();
        spec.add(new OneMerge(small));
        return spec;
    }
}
