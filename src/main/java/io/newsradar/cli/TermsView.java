package io.newsradar.cli;

import io.newsradar.query.SignificantTerms;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints significant terms ({@code track --terms}) as text, CSV or JSON lines. */
record TermsView(PrintWriter out, String theme, boolean csv, boolean json) {
    static final String METHOD = "log-likelihood G² of the theme's articles against the whole index, "
            + "on document frequencies of body terms and of multi-word names (entities, counted as phrases)";

    void print(List<SignificantTerms.Term> terms) {
        if (json) {
            for (SignificantTerms.Term t : terms) {
                var n = JsonLines.object();
                n.put("theme", theme);
                n.put("term", t.term());
                n.put("kind", t.kind().label());
                n.put("fg_count", t.fgCount());
                n.put("bg_count", t.bgCount());
                n.put("score", t.score());
                JsonLines.print(out, n);
            }
            var method = JsonLines.object();
            method.put("theme", theme);
            method.put("method", METHOD);
            JsonLines.print(out, method);
        } else if (csv) {
            Csv.row(out, "theme", "term", "kind", "fg_count", "bg_count", "score");
            for (SignificantTerms.Term t : terms) Csv.row(out, theme, t.term(), t.kind().label(), t.fgCount(), t.bgCount(), t.score());
        } else {
            out.printf("%s: significant terms (%s)%n", theme, METHOD);
            if (terms.isEmpty()) out.println("no term occurs in 2 or more of the theme's articles more often than elsewhere");
            else out.printf("%-24s %-6s %8s %8s %9s%n", "term", "kind", "theme", "index", "G²");
            for (SignificantTerms.Term t : terms) {
                out.printf(Locale.ROOT, "%s %-6s %8d %8d %9.2f%n", Columns.fit(t.term(), 24), t.kind().label(),
                        t.fgCount(), t.bgCount(), t.score());
            }
        }
        out.flush();
    }
}
