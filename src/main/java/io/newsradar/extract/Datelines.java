package io.newsradar.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The visible dateline near the headline: the first blocks after the headline (then the few before it) that are
 * short enough to be a dateline are read with {@link DateText}. A date preceded by an update keyword
 * ({@code 更新}, {@code updated}, {@code modified}) is the modification time; the first other date is the
 * publication time. Text before the published date on the same line, set off by a slash, bar or dash, names the
 * outlet when it is short, holds no digits and is not a byline ({@code ジェトロ・ビジネス短信 / 2025年1月31日 16時0分}).
 */
final class Datelines {
    private static final Pattern UPDATE = Pattern.compile("(?i)(更新|updated?|modified|改訂|修正|最終更新|更新日)[^\\d]{0,6}$");
    private static final Pattern NOT_OUTLET = Pattern.compile(
            "(?i)^(by\\b.*|.*記者$|.*(published|posted|updated|date|公開|配信|掲載|更新|投稿|发布|日期|时间|時間|日時|日付).{0,3}$"
            + "|(mon|tue|wed|thu|fri|sat|sun)[a-z]*|[月火水木金土日]曜日?)$");
    private static final Pattern EDGES = Pattern.compile("^[\\s/|｜:：・\\-–—,、()（）\\[\\]【】]+|[\\s/|｜:：・\\-–—,、()（）\\[\\]【】]+$");
    private static final int MAX_LINE = 160;
    /** An outlet name is set off from the date by a slash, a bar or a dash ("ジェトロ・ビジネス短信 / 2025年..."). */
    private static final Pattern SEPARATED = Pattern.compile("\\S\\s*[/|｜／—–]\\s*$");
    private static final Pattern DATELINE_WORDS = Pattern.compile(
            "(?i)\\b(published|updated|posted|last|modified|on|at|by|(mon|tues|wednes|thurs|fri|satur|sun)(day)?)\\b"
            + "|公開|更新|配信|掲載|投稿|発表|发布|时间|来源");

    /** A dateline found: its block, the dates, and the outlet named before the date (or null). */
    record Found(Block block, DateText.Found published, DateText.Found modified, String outlet) { }

    private Datelines() { }

    /**
     * @param blocks     page blocks in order
     * @param titleIndex index of the headline block, or -1
     * @param firstBody  index of the first body block, or -1
     * @param zone       zone for local times
     * @param lang       page language
     * @param now        fetch time; later dates are ignored
     * @return the dateline found, or null
     */
    static Found find(List<Block> blocks, int titleIndex, int firstBody, ZoneId zone, String lang, Instant now) {
        int anchor = titleIndex >= 0 ? titleIndex : firstBody;
        if (anchor < 0) return null;
        int from = titleIndex >= 0 ? anchor + 1 : anchor;
        for (int i = from; i < Math.min(blocks.size(), from + 8); i++) {
            Found f = read(blocks.get(i), zone, lang, now);
            if (f != null) return f;
            if (blocks.get(i).isRealParagraph()) break;
        }
        for (int i = anchor - 1; i >= Math.max(0, anchor - 4); i--) {
            Found f = read(blocks.get(i), zone, lang, now);
            if (f != null) return f;
        }
        return null;
    }

    /** @return true for a short block that is only a date (and maybe a byline or label around it) */
    static boolean isBareDateline(String text) {
        if (text.length() > 100) return false;
        List<DateText.Found> all = DateText.findAll(text, java.time.ZoneOffset.UTC, null, Instant.MAX);
        if (all.isEmpty()) return false;
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (DateText.Found f : all) {
            rest.append(text, at, f.start());
            at = f.end();
        }
        rest.append(text.substring(Math.min(at, text.length())));
        String residue = DATELINE_WORDS.matcher(rest).replaceAll(" ");
        int w = 0;
        for (int i = 0; i < residue.length(); i++) w += Block.charWeight(residue.charAt(i));
        return w < 30;
    }

    private static Found read(Block b, ZoneId zone, String lang, Instant now) {
        String text = b.text();
        if (text.length() > MAX_LINE) return null;
        DateText.Found published = null, modified = null;
        int prevEnd = 0;
        for (DateText.Found d : DateText.findAll(text, zone, lang, now)) {
            if (d.value().toInstant().isAfter(now)) continue;
            String before = text.substring(prevEnd, d.start());
            if (UPDATE.matcher(before).find()) {
                if (modified == null) modified = d;
            } else if (published == null) {
                published = d;
            }
            prevEnd = d.end();
        }
        if (published == null && modified == null) return null;
        String outlet = published == null ? null : outlet(text.substring(0, published.start()));
        return new Found(b, published, modified, outlet);
    }

    private static String outlet(String prefix) {
        if (!SEPARATED.matcher(prefix).find()) return null;
        String p = EDGES.matcher(prefix).replaceAll("");
        if (p.matches(".*[\\d=＝].*")) return null;
        if (p.length() < 2 || p.length() > 40 || NOT_OUTLET.matcher(p).matches()) return null;
        if (p.contains("。") || p.contains(". ") || p.indexOf('\n') >= 0) return null;
        return p;
    }
}
