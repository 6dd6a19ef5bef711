package io.newsradar.themes;

import java.io.IOException;

/**
 * What a {@link QueryProgram} runs against: the article, or a part of it (headline and lead, one paragraph) cut
 * exactly as {@link ArticleViews} cuts its in-memory views ({@link TokenSlices}): title fields whole or absent,
 * body fields restricted to the part's character range, lead fields made of the body tokens in the part's lead.
 * Positions keep their gaps, so phrases match as in the in-memory view. The matching Lucene view is built only
 * when a query part needs Lucene itself ({@link #lucene()}). Not thread-safe; one per article and call.
 */
abstract sealed class TermView {
    /** Results kept per node slot: open addressing, linear probing; a view touches a few thousand slots of many. */
    private int[] keys;
    private Object[] values;
    private int size;

    /** @return what {@link #remember} stored under {@code slot} ({@link TermDictionary#newSlot}) in this view, or null */
    final Object recall(int slot) {
        if (keys == null) return null;
        int mask = keys.length - 1;
        for (int i = mix(slot) & mask; ; i = (i + 1) & mask) {
            if (values[i] == null) return null;
            if (keys[i] == slot) return values[i];
        }
    }

    /** Stores a result (non-null) computed for the node of {@code slot} on this view, for reuse. */
    final void remember(int slot, Object value) {
        if (keys == null) {
            keys = new int[256];
            values = new Object[256];
        } else if (2 * (size + 1) > keys.length) {
            grow();
        }
        if (put(keys, values, slot, value)) size++;
    }

    /** @return true when the slot was new */
    private static boolean put(int[] keys, Object[] values, int slot, Object value) {
        int mask = keys.length - 1;
        for (int i = mix(slot) & mask; ; i = (i + 1) & mask) {
            if (values[i] == null) {
                keys[i] = slot;
                values[i] = value;
                return true;
            }
            if (keys[i] == slot) {
                values[i] = value;
                return false;
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) if (oldValues[i] != null) put(keys, values, oldKeys[i], oldValues[i]);
    }

    private static int mix(int slot) {
        return slot * 0x9E3779B9 >>> 7;
    }

    /** @return the occurrences of a dictionary pair in this view, or null when absent */
    abstract ArticleTerms.Postings postings(int pair);

    /** @return the same view as a Lucene in-memory index, for query parts the programs leave to Lucene */
    abstract ArticleViews.View lucene() throws IOException;

    /** The whole article. */
    static final class Full extends TermView {
        private final ArticleTerms terms;
        private final ArticleViews views;

        Full(ArticleTerms terms, ArticleViews views) {
            this.terms = terms;
            this.views = views;
        }

        @Override
        ArticleTerms.Postings postings(int pair) {
            return terms.postings(pair);
        }

        @Override
        ArticleViews.View lucene() {
            return views.full();
        }
    }

    /** A part of the article; postings are cut on first use. */
    static final class Slice extends TermView {
        /** Builds the Lucene view of the same part. */
        interface LuceneView {
            ArticleViews.View get() throws IOException;
        }

        private static final ArticleTerms.Postings NONE = new ArticleTerms.Postings(new int[0], new int[0], new int[0]);
        private final ArticleTerms terms;
        private final TermDictionary dictionary;
        private final boolean withTitle;
        private final int from, to, leadTo;
        private final LuceneView lucene;
        private ArticleTerms.Postings[] cut;

        /** Arguments as {@link TokenSlices#view}, plus how to get the Lucene view of the same part. */
        Slice(ArticleTerms terms, TermDictionary dictionary, boolean withTitle, int from, int to, int leadTo, LuceneView lucene) {
            this.terms = terms;
            this.dictionary = dictionary;
            this.withTitle = withTitle;
            this.from = from;
            this.to = to;
            this.leadTo = leadTo;
            this.lucene = lucene;
        }

        @Override
        ArticleTerms.Postings postings(int pair) {
            if (cut == null) cut = new ArticleTerms.Postings[dictionary.pairs()];
            ArticleTerms.Postings p = cut[pair];
            if (p == null) {
                p = compute(pair);
                cut[pair] = p == null ? NONE : p;
            }
            return p == NONE ? null : p;
        }

        private ArticleTerms.Postings compute(int pair) {
            return switch (dictionary.kind(pair)) {
                case TermDictionary.TITLE -> withTitle ? terms.postings(pair) : null;
                case TermDictionary.BODY -> slice(terms.postings(pair), from, to);
                default -> slice(terms.postings(dictionary.bodyOf(pair)), from, leadTo);
            };
        }

        private static ArticleTerms.Postings slice(ArticleTerms.Postings p, int from, int to) {
            return p == null ? null : p.slice(from, to);
        }

        @Override
        ArticleViews.View lucene() throws IOException {
            return lucene.get();
        }
    }
}
