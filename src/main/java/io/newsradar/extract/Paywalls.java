package io.newsradar.extract;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether only a teaser is free: JSON-LD {@code isAccessibleForFree: false} (schema.org paywalled-content
 * markup, on the article or one of its {@code hasPart}s), a removed box named as a paywall, or a subscription
 * prompt ("有料会員限定", "subscribe to continue reading"...) in the few blocks after the body.
 */
final class Paywalls {
    private static final Pattern PROMPT = Pattern.compile("(?i)(有料会員|会員限定|有料記事|続きを読むには|残り[\\d,]+文字|購読者限定|"
            + "subscribers? only|subscribe to (continue|read)|to continue reading|this (article|story) is for subscribers|"
            + "already a subscriber|付费|订阅后)");

    private Paywalls() { }

    /** @return true for a short subscription prompt ("この記事は会員限定です", "Subscribe to continue reading") */
    static boolean isPrompt(Block b) {
        return b.weight() < 200 && PROMPT.matcher(b.text()).find();
    }

    static boolean paywalled(PageMetadata meta, BoilerplateCleaner.Result cleaned, List<Block> all, List<Block> body) {
        if (notFree(meta.ldArticle())) return true;
        if (cleaned.sawPaywall()) return true;
        int from = body.isEmpty() ? 0 : body.get(body.size() - 1).index() + 1;
        for (int i = from; i < Math.min(all.size(), from + 6); i++) {
            Block b = all.get(i);
            if (isPrompt(b)) return true;
        }
        return false;
    }

    private static boolean notFree(JsonNode article) {
        if (article == null) return false;
        if (isFalse(article.get("isAccessibleForFree"))) return true;
        JsonNode parts = article.get("hasPart");
        if (parts == null) return false;
        if (parts.isArray()) {
            for (JsonNode p : parts) if (isFalse(p.get("isAccessibleForFree"))) return true;
            return false;
        }
        return isFalse(parts.get("isAccessibleForFree"));
    }

    private static boolean isFalse(JsonNode v) {
        return v != null && (v.isBoolean() ? !v.booleanValue() : "false".equalsIgnoreCase(v.asString().trim()));
    }
}
