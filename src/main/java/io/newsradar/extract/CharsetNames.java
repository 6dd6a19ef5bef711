package io.newsradar.extract;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * Maps charset labels found on the web to the decoder to use: the vendor supersets that browsers use
 * (WHATWG Encoding Standard), so that NEC/IBM extension characters such as ①, Ⅲ and ㈱ survive.
 * Shift_JIS becomes windows-31j, EUC-JP the JDK's {@code x-eucJP-Open} (EUC-JP with the NEC and IBM
 * extensions), GB2312/GBK become GB18030, Big5 Big5-HKSCS, EUC-KR windows-949, ISO-8859-1/ASCII windows-1252.
 */
final class CharsetNames {
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"),
            Map.entry("cp932", "windows-31j"), Map.entry("ms932", "windows-31j"), Map.entry("windows-31j", "windows-31j"),
            Map.entry("euc-jp", "x-eucJP-Open"), Map.entry("eucjp", "x-eucJP-Open"), Map.entry("x-euc-jp", "x-eucJP-Open"),
            Map.entry("eucjp-ms", "x-eucJP-Open"), Map.entry("euc-jp-ms", "x-eucJP-Open"),
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("gb18030", "GB18030"),
            Map.entry("x-gbk", "GB18030"), Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("big5-hkscs", "Big5-HKSCS"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode", "UTF-8"),
            Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"));

    private CharsetNames() { }

    /** @return the decoder for a label, or null when the label is blank or unknown to the JDK */
    static Charset forLabel(String label) {
        if (label == null || label.isBlank()) return null;
        String key = label.trim().toLowerCase(Locale.ROOT);
        String name = SUPERSETS.getOrDefault(key, key);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
