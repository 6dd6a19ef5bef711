package io.newsradar.digest;

import com.github.mustachejava.Mustache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTML digest for e-mail through {@code digest/digest.html.mustache}: a complete HTML5 document with inline CSS
 * only (no {@code <style>}, no scripts, no external resources), table layout for mail clients. Every value is
 * HTML-escaped ({@code & < > " ' ` =}); an article title becomes a link only when its URL is an absolute
 * http(s) URL, otherwise the URL is shown as escaped text. Each theme's timeline is a PNG ({@link TrendChart}) with
 * the counts as alt text: inline as a {@code data:} URI in {@link #render} (files, standard output), referenced as
 * {@code cid:} in {@link #mail} (the e-mail carries the PNGs as related parts), and as table cells in
 * {@link #fragment} (Atom entries, whose readers drop inline images). The only image sources are those two
 * schemes, produced here, never a URL from an article.
 */
public final class HtmlDigestRenderer implements DigestRenderer {
    private static final Mustache PAGE = Templates.html("digest.html.mustache");
    private static final Mustache BODY = Templates.html("digest-body.html.mustache");

    @Override
    public String render(Digest d) {
        return Templates.run(PAGE, DigestView.of(d, DigestView.Charts.DATA_URI)).strip() + "\n";
    }

    /** @return the body fragment alone (headings and lists, inline CSS, bar charts as table cells), as embedded in Atom entries */
    public String fragment(Digest d) {
        return Templates.run(BODY, DigestView.of(d, DigestView.Charts.TABLE)).strip() + "\n";
    }

    /** @return the document for the HTML part of an e-mail: charts as {@code cid:} references to {@link #charts} */
    public String mail(Digest d) {
        return Templates.run(PAGE, DigestView.of(d, DigestView.Charts.CID)).strip() + "\n";
    }

    /** @return Content-ID (without angle brackets) -> PNG bytes, one per section with a trend, in section order */
    public static Map<String, byte[]> charts(Digest d) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int k = 0; k < d.sections().size(); k++) {
            Trend t = d.sections().get(k).trend();
            if (t != null) out.put(DigestView.contentId(k), TrendChart.png(t));
        }
        return out;
    }
}
