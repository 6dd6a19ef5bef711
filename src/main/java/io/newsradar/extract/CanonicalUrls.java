package io.newsradar.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The URL an article is stored under: the page's {@code rel=canonical} (already resolved against
 * {@code <base href>} or the page URL), else the page URL; the fragment and tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code mc_cid}, ...) dropped, other parameters kept in order.
 */
final class CanonicalUrls {
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|"
            + "ncid|cmpid|ito|ref_src|ref_url|smid|sr_share|spm|ocid");

    private CanonicalUrls() { }

    /**
     * @param canonical canonical link, absolute, or null
     * @param pageUrl   the URL the page was fetched from
     * @return the canonical URL without tracking parameters or fragment
     */
    static String canonical(String canonical, String pageUrl) {
        String base = canonical != null && canonical.startsWith("http") ? canonical : pageUrl;
        return clean(base);
    }

    /** @return the URL without fragment and tracking parameters; unparsable input is returned unchanged */
    static String clean(String url) {
        try {
            URI u = new URI(url.trim());
            String query = u.getRawQuery();
            StringJoiner kept = new StringJoiner("&");
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.isEmpty()) continue;
                    String key = pair.split("=", 2)[0];
                    if (!TRACKING.matcher(key).matches()) kept.add(pair);
                }
            }
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getRawAuthority() == null ? null : u.getRawAuthority().toLowerCase(Locale.ROOT);
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            StringBuilder sb = new StringBuilder();
            if (scheme != null) sb.append(scheme).append(':');
            if (host != null) sb.append("//").append(host);
            sb.append(path);
            if (kept.length() > 0) sb.append('?').append(kept);
            return sb.toString();
        } catch (URISyntaxException e) {
            int hash = url.indexOf('#');
            return hash >= 0 ? url.substring(0, hash) : url;
        }
    }

    /** @return the host of a URL without a leading {@code www.}, lower case, or empty */
    static String host(String url) {
        try {
            String h = new URI(url).getHost();
            if (h == null) return "";
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
