package io.newsradar.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Significant terms: which terms are over-represented in a foreground set of articles (a theme in a window) against
 * the background (the whole index), on document frequencies. The score is Dunning's log-likelihood ratio
 * G² = 2 Σ O ln(O / E) over the 2×2 table (foreground / rest of the background × with / without the term;
 * Dunning 1993, "Accurate methods for the statistics of surprise and coincidence"); it behaves with small counts,
 * unlike chi-square, and ranks a term in every foreground article and few others highest. Only terms whose
 * foreground rate is above their rate in the rest of the background score; the others are dropped. Pure: counts
 * in, ranked records out.
 */
public final class SignificantTerms {
    private SignificantTerms() {}

    /** What a reported item is: a single analysed term, or a multi-word name found by {@link Entities}. */
    public enum Kind {
        /** One term as the index analyses the field (a word, a Japanese morpheme, a CJK bigram). */
        TERM,
        /** A run of words naming something (Commerce Department, 輸出規制), counted as a phrase. */
        ENTITY;

        /** @return {@code term} or {@code entity} */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param term    the term as the foreground wrote it most often (NFKC, lower case; a bigram for Chinese)
     * @param fgCount foreground articles containing it
     * @param bgCount background articles containing it (the foreground included)
     * @param score   log-likelihood G², > 0
     * @param kind    term or entity
     */
    public record Term(String term, long fgCount, long bgCount, double score, Kind kind) {
        public Term {
            if (term == null || term.isEmpty()) throw new IllegalArgumentException("term is required");
            if (fgCount < 0 || bgCount < fgCount) throw new IllegalArgumentException("need 0 <= fgCount <= bgCount");
            kind = kind == null ? Kind.TERM : kind;
        }

        /** A single term. */
        public Term(String term, long fgCount, long bgCount, double score) {
            this(term, fgCount, bgCount, score, Kind.TERM);
        }
    }

    /**
     * The document frequencies of one term in one sample. The foreground is a subset of the background.
     *
     * @param term    the term
     * @param fg      foreground documents containing it
     * @param fgDocs  foreground documents in all, >= fg
     * @param bg      background documents containing it, >= fg
     * @param bgDocs  background documents in all, >= bg and >= fgDocs
     * @param kind    term or entity
     */
    public record Counts(String term, long fg, long fgDocs, long bg, long bgDocs, Kind kind) {
        /** The counts of a single term. */
        public Counts(String term, long fg, long fgDocs, long bg, long bgDocs) {
            this(term, fg, fgDocs, bg, bgDocs, Kind.TERM);
        }

        public Counts {
            kind = kind == null ? Kind.TERM : kind;
            if (fg < 0 || fg > fgDocs || fg > bg || bg > bgDocs || fgDocs > bgDocs) {
                throw new IllegalArgumentException("inconsistent counts for '" + term + "': fg " + fg + "/" + fgDocs
                        + ", bg " + bg + "/" + bgDocs);
            }
        }
    }

    /**
     * @param counts   document frequencies; a term may appear more than once (several fields): its best score counts
     * @param minFg    smallest foreground count a term needs, >= 1
     * @param limit    most terms returned, >= 1
     * @return the over-represented terms, highest score first (ties: more foreground articles, then the term)
     */
    public static List<Term> top(List<Counts> counts, long minFg, int limit) {
        if (minFg < 1 || limit < 1) throw new IllegalArgumentException("minFg and limit must be >= 1");
        Map<String, Term> best = new HashMap<>();
        for (Counts c : counts) {
            if (c.fg() < minFg || !overRepresented(c)) continue;
            Term t = new Term(c.term(), c.fg(), c.bg(), logLikelihood(c), c.kind());
            best.merge(c.kind() + "\u0000" + t.term(), t, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Term> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Term::score).reversed()
                .thenComparing(Comparator.comparingLong(Term::fgCount).reversed())
                .thenComparing(Term::term));
        return List.copyOf(withoutOverlap(out, limit));
    }

    /**
     * Walks the ranking and keeps at most {@code limit} items, none repeating another: a term that is one of the
     * words of an entity kept before it is dropped, and an entity, wherever it ranks, takes the place of the terms
     * kept that are among its words when it occurs in at least half as many foreground articles as each of them
     * ({@code commerce}, {@code department} and {@code Commerce Department} show as the entity alone; 輸出 in 11
     * articles and 輸出規制 in 7 as 輸出規制); otherwise an entity is kept like a term while there is room, and
     * {@code limit / 4} places are held for the best entities (names tell an analyst more than single words, but
     * score lower: a phrase is rarer than each of its words), taken from the lowest-ranked terms. Words are
     * compared case-insensitively; a Japanese entity contains a term when its text contains the term's text. The
     * result is ordered by score again (ties: the order of the ranking).
     */
    static List<Term> withoutOverlap(List<Term> ranked, int limit) {
        List<Term> kept = new ArrayList<>();
        for (Term t : ranked) {
            if (t.kind() == Kind.TERM) {
                if (kept.size() < limit
                        && kept.stream().noneMatch(k -> k.kind() == Kind.ENTITY && contains(k.term(), t.term()))) {
                    kept.add(t);
                }
                continue;
            }
            List<Term> parts = kept.stream().filter(k -> k.kind() == Kind.TERM && contains(t.term(), k.term())).toList();
            if (!parts.isEmpty() && parts.stream().allMatch(k -> 2 * t.fgCount() >= k.fgCount())) {
                kept.set(kept.indexOf(parts.getFirst()), t);
                parts.subList(1, parts.size()).forEach(kept::remove);
            } else if (parts.isEmpty() && kept.size() < limit) {
                kept.add(t);
            } else if (parts.isEmpty() && kept.stream().filter(k -> k.kind() == Kind.ENTITY).count() < limit / 4) {
                for (int i = kept.size() - 1; i >= 0; i--) { // the lowest-ranked term kept
                    if (kept.get(i).kind() == Kind.TERM) {
                        kept.remove(i);
                        kept.add(t);
                        break;
                    }
                }
            }
        }
        kept.sort(Comparator.comparingDouble(Term::score).reversed());
        return kept;
    }

    /** @return whether {@code term} is one of the space-separated words of {@code entity} (or inside a CJK entity) */
    static boolean contains(String entity, String term) {
        String e = entity.toLowerCase(java.util.Locale.ROOT), w = term.toLowerCase(java.util.Locale.ROOT);
        if (e.indexOf(' ') < 0 && !e.isEmpty() && Character.UnicodeScript.of(e.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return e.contains(w);
        }
        for (String part : e.split(" ")) if (part.equals(w) || part.startsWith(w) && w.length() >= 4) return true;
        return false;
    }

    /** @return whether the foreground rate is above the rate in the rest of the background */
    static boolean overRepresented(Counts c) {
        long restDocs = c.bgDocs() - c.fgDocs();
        if (c.fgDocs() == 0) return false;
        if (restDocs == 0) return false;
        return (double) c.fg() / c.fgDocs() > (double) (c.bg() - c.fg()) / restDocs;
    }

    /** @return G² of the 2×2 table foreground/rest × with/without the term (0 when nothing is observed) */
    public static double logLikelihood(Counts c) {
        long a = c.fg(), b = c.fgDocs() - c.fg();
        long cc = c.bg() - c.fg(), d = c.bgDocs() - c.fgDocs() - cc;
        double n = c.bgDocs();
        if (n == 0) return 0;
        return 2 * (part(a, a + b, a + cc, n) + part(b, a + b, b + d, n)
                + part(cc, cc + d, a + cc, n) + part(d, cc + d, b + d, n));
    }

    private static double part(long observed, long row, long column, double n) {
        if (observed == 0) return 0;
        double expected = row * (double) column / n;
        return observed * Math.log(observed / expected);
    }
}
