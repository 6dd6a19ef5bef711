package io.newsradar.themes;

import io.newsradar.themes.ThemesReport.Averages;
import io.newsradar.themes.ThemesReport.Counts;
import io.newsradar.themes.ThemesReport.Disagreement;
import io.newsradar.themes.ThemesReport.Row;
import io.newsradar.themes.ThemesBench.GoldArticle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counting and averaging for {@link ThemesBench}, as defined in the themes-gold README ("How to score"). */
final class Scoring {
    private Scoring() {}

    static ThemesReport report(List<String> themes, List<GoldArticle> gold, List<Set<String>> predicted, double rate) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) all.add(i);
        List<Row> rows = themes.stream().map(t -> new Row(t, counts(t, gold, predicted, all))).toList();
        Map<String, Averages> byLang = new LinkedHashMap<>();
        ThemesBench.byLanguage(gold).forEach((lang, idx) -> byLang.put(lang, averages(themes, gold, predicted, idx)));
        int distractors = 0, alarms = 0, exact = 0;
        List<Disagreement> wrong = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Set<String> g = gold.get(i).labels();
            Set<String> p = predicted.get(i);
            if (g.isEmpty()) {
                distractors++;
                if (!p.isEmpty()) alarms++;
            }
            if (g.equals(p)) exact++;
            else wrong.add(new Disagreement(gold.get(i).article().id(), gold.get(i).article().lang(), g, p));
        }
        return new ThemesReport(rows, averages(themes, gold, predicted, all), byLang,
                distractors == 0 ? 0 : (double) alarms / distractors, gold.isEmpty() ? 0 : (double) exact / gold.size(),
                gold.size(), rate, wrong);
    }

    private static Counts counts(String theme, List<GoldArticle> gold, List<Set<String>> predicted, List<Integer> idx) {
        int tp = 0, fp = 0, fn = 0;
        for (int i : idx) {
            boolean g = gold.get(i).labels().contains(theme);
            boolean p = predicted.get(i).contains(theme);
            if (g && p) tp++;
            else if (p) fp++;
            else if (g) fn++;
        }
        return new Counts(tp, fp, fn);
    }

    /** Micro over all themes; macro over the themes with at least one gold article among {@code idx}. */
    private static Averages averages(List<String> themes, List<GoldArticle> gold, List<Set<String>> predicted, List<Integer> idx) {
        Counts micro = new Counts(0, 0, 0);
        double p = 0, r = 0, f = 0;
        int n = 0;
        for (String t : themes) {
            Counts c = counts(t, gold, predicted, idx);
            micro = micro.plus(c);
            if (c.tp() + c.fn() == 0) continue;
            p += c.precision();
            r += c.recall();
            f += c.f1();
            n++;
        }
        return n == 0 ? new Averages(micro, 0, 0, 0) : new Averages(micro, p / n, r / n, f / n);
    }
}
