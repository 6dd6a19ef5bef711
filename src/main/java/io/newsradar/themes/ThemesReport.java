package io.newsradar.themes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The result of {@link ThemesBench}: per-theme counts and the averages defined in
 * {@code shared/corpus/themes-gold/README.md} ("How to score").
 *
 * @param rows              one row per theme, in themes-file order
 * @param overall           micro and macro averages over all articles
 * @param byLanguage        the same averages per article language ({@code ja}, {@code en}, {@code zh}), macro
 *                          taken over the themes that have gold articles in that language
 * @param falseAlarmRate    share of distractor articles (gold labels empty) given at least one theme, 0..1
 * @param exactMatch        share of articles whose predicted set equals the gold set, 0..1
 * @param articles          articles scored
 * @param articlesPerSecond tagging throughput of the run (wall clock, one thread)
 * @param disagreements     every article whose predicted set differs from its gold set
 */
public record ThemesReport(List<Row> rows, Averages overall, Map<String, Averages> byLanguage, double falseAlarmRate,
                           double exactMatch, int articles, double articlesPerSecond, List<Disagreement> disagreements) {
    public ThemesReport {
        rows = List.copyOf(rows);
        byLanguage = Map.copyOf(byLanguage);
        disagreements = List.copyOf(disagreements);
    }

    /** True/false positives and false negatives of one theme, with the README's P/R/F1 conventions. */
    public record Counts(int tp, int fp, int fn) {
        /** @return TP/(TP+FP), 0 when the theme was given to no article */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** @return TP/(TP+FN), 0 when there are no gold articles */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** @return harmonic mean of P and R, 0 when both are 0 */
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** One theme's line of the table. */
    public record Row(String theme, Counts counts) {}

    /** Micro (from summed counts) and macro (mean of per-theme values) averages. */
    public record Averages(Counts micro, double macroPrecision, double macroRecall, double macroF1) {}

    /** An article the tagger got wrong (for people reading results). */
    public record Disagreement(String id, String lang, Set<String> gold, Set<String> predicted) {}

    /** @return the report as a fixed-width text table, one theme per line, then the averages */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-40s %6s %6s %6s %4s %4s %4s%n", "theme", "P", "R", "F1", "TP", "FP", "FN"));
        for (Row row : rows) line(out, row.theme(), row.counts());
        line(out, "micro average", overall.micro());
        out.append(String.format(Locale.ROOT, "%-40s %6.3f %6.3f %6.3f%n", "macro average",
                overall.macroPrecision(), overall.macroRecall(), overall.macroF1()));
        byLanguage.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(String.format(Locale.ROOT,
                "lang %-3s micro P %.3f R %.3f F1 %.3f | macro P %.3f R %.3f F1 %.3f%n", e.getKey(),
                e.getValue().micro().precision(), e.getValue().micro().recall(), e.getValue().micro().f1(),
                e.getValue().macroPrecision(), e.getValue().macroRecall(), e.getValue().macroF1())));
        out.append(String.format(Locale.ROOT, "articles %d, distractor false-alarm rate %.3f, exact match %.3f, %.0f articles/s%n",
                articles, falseAlarmRate, exactMatch, articlesPerSecond));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Counts c) {
        out.append(String.format(Locale.ROOT, "%-40s %6.3f %6.3f %6.3f %4d %4d %4d%n",
                name, c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
    }
}
