package io.newsradar.digest;

import com.github.mustachejava.Mustache;

/**
 * HTML digest for e-mail through {@code digest/digest.html.mustache}: a complete HTML5 document with inline CSS
 * only (no {@code <style>}, no scripts, no external resources), table layout for mail clients. Every value is
 * HTML-escaped ({@code & < > " ' ` =}); an article title becomes a link only when its URL is an absolute
 * http(s) URL, otherwise the URL is shown as escaped text.
 */
public final class HtmlDigestRenderer implements DigestRenderer {
    private static final Mustache PAGE = Templates.html("digest.html.mustache");
    private static final Mustache BODY = Templates.html("digest-body.html.mustache");

    @Override
    public String render(Digest d) {
        return Templates.run(PAGE, DigestView.of(d)).strip() + "\n";
    }

    /** @return the body fragment alone (headings and lists, inline CSS), as embedded in Atom entries */
    public String fragment(Digest d) {
        return Templates.run(BODY, DigestView.of(d)).strip() + "\n";
    }
}
