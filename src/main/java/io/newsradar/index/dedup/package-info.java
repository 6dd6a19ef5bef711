/**
 * Near-duplicate detection for syndicated copies ("stories"): a pure, index-free signature of an article body
 * ({@link io.newsradar.index.dedup.StorySignature}): word or CJK-character shingles, their exact Jaccard
 * similarity, and MinHash LSH band terms so that candidates can be found by exact term lookups in any index.
 *
 * <p>Uses only the JDK. Must not touch Lucene, the file system, queries or themes; deciding which stored article a
 * new one joins belongs to the index writer ({@code io.newsradar.index.StoryGrouper}).
 */
package io.newsradar.index.dedup;
