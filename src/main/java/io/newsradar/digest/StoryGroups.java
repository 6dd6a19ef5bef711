package io.newsradar.digest;

import io.newsradar.model.Hit;
import io.newsradar.query.ArticleSearcher;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the articles a theme's section reports into stories (near-duplicate groups, {@code Hit.story()};
 * {@link ArticleSearcher#story}): each story is shown once, as its earliest first-seen copy tagged with the theme
 * (the "head"), with every other copy first seen before the window end as "also in". Members are counted first
 * ({@link ArticleSearcher#storySizes}, no stored fields read) and read only for stories with copies this section
 * does not report itself (untagged, earlier, or beyond its limit).
 *
 * <p>Rule for repeats: when the head was first seen before the window and is not itself reported in this digest
 * (a late article is), the story was reported by an earlier digest, so it is not announced again: it becomes a
 * {@link Group#followUp() follow-up}, whose new copies are shown as "also in" only. An article without a story id
 * (an index written before stories existed) is a story of its own.
 */
final class StoryGroups {
    /** Most copies of one story read (the earliest first seen): a wire story in more outlets is listed with these. */
    static final int MAX_COPIES = 20;
    private static final Comparator<Hit> EARLIEST = Comparator.comparing(Hit::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Hit::id);

    private StoryGroups() {
    }

    /**
     * @param head     the copy to show
     * @param copies   the story's other copies first seen before the window end, earliest first
     * @param followUp true when the head was reported before this window (see class comment)
     */
    record Group(Hit head, List<Hit> copies, boolean followUp) {
    }

    /**
     * @param searcher  reads the members of each story
     * @param theme     the section's theme (the head must be tagged with it)
     * @param reported  the articles this section reports (first seen in the window, plus late ones), any order
     * @param windowEnd copies first seen at or after it are left out (a later digest's news)
     * @return one group per story, in the order of each story's first article in {@code reported}
     * @throws IOException when the index cannot be read
     */
    static List<Group> group(ArticleSearcher searcher, String theme, List<Hit> reported, Instant windowEnd) throws IOException {
        Map<String, List<Hit>> byStory = new LinkedHashMap<>();
        for (Hit h : reported) byStory.computeIfAbsent(h.story() == null ? "\u0000" + h.id() : h.story(), k -> new ArrayList<>()).add(h);
        Set<String> reportedIds = new HashSet<>();
        for (Hit h : reported) reportedIds.add(h.id());
        List<String> storyIds = byStory.keySet().stream().filter(k -> !k.startsWith("\u0000")).toList();
        Map<String, Long> sizes = searcher.storySizes(storyIds, windowEnd);
        List<String> withOtherCopies = storyIds.stream().filter(id -> sizes.getOrDefault(id, 0L) > byStory.get(id).size()).toList();
        Map<String, List<Hit>> stored = searcher.stories(withOtherCopies, windowEnd, MAX_COPIES); // the rest: all reported already
        List<Group> out = new ArrayList<>(byStory.size());
        for (Map.Entry<String, List<Hit>> e : byStory.entrySet()) {
            List<Hit> members = members(stored.getOrDefault(e.getKey(), List.of()), e.getValue());
            Hit head = members.stream().filter(m -> m.themes().contains(theme)).findFirst().orElse(earliest(e.getValue()));
            List<Hit> copies = new ArrayList<>(members.size());
            for (Hit m : members) if (!m.id().equals(head.id())) copies.add(m);
            out.add(new Group(head, copies, !reportedIds.contains(head.id())));
        }
        return out;
    }

    /** @return the stored members plus the reported ones not among them (beyond MAX_COPIES, or no story id), earliest first */
    private static List<Hit> members(List<Hit> stored, List<Hit> reported) {
        if (stored.isEmpty() && reported.size() == 1) return reported;
        List<Hit> members = new ArrayList<>(stored);
        Set<String> ids = new HashSet<>();
        for (Hit m : stored) ids.add(m.id());
        for (Hit h : reported) if (ids.add(h.id())) members.add(h);
        members.sort(EARLIEST);
        return members;
    }

    private static Hit earliest(List<Hit> hits) {
        return hits.stream().min(EARLIEST).orElseThrow();
    }
}
