package io.newsradar.cases;

import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The comparison rules of {@code shared/cases/README.md}: text, instants and URLs. */
final class CaseText {
    private CaseText() {
    }

    /** NFC, every run of Unicode White_Space (incl. U+00A0, U+3000) to one space, trimmed. */
    static String norm(String s) {
        if (s == null) return null;
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\p{IsWhite_Space}]+", " ").strip();
    }

    /** @return the instant of an ISO-8601 value with offset (or {@code Z}) */
    static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    /** Same instant, to the second. */
    static boolean sameInstant(Instant a, Instant b) {
        return a != null && b != null && a.truncatedTo(ChronoUnit.SECONDS).equals(b.truncatedTo(ChronoUnit.SECONDS));
    }

    /** URLs equal with scheme and host compared case-insensitively, the rest exactly. */
    static boolean sameUrl(String a, String b) {
        if (a == null || b == null) return false;
        return urlKey(a).equals(urlKey(b));
    }

    static String urlKey(String url) {
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getRawAuthority() == null) return url.strip();
            String rest = url.strip().substring(url.strip().indexOf(u.getRawAuthority()) + u.getRawAuthority().length());
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT) + rest;
        } catch (java.net.URISyntaxException e) {
            return url.strip();
        }
    }
}
