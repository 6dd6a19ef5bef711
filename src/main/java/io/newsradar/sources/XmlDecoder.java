package io.newsradar.sources;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an XML document (feed) to text, choosing the charset as RFC 7303 §3 and the XML 1.0
 * spec (Appendix F) describe: byte order mark, then the {@code charset} parameter of the Content-Type, then the
 * {@code encoding} of the XML declaration, then (when none of them decodes cleanly) ICU's statistical
 * detection, then UTF-8 with replacement characters. Legacy labels are widened to the superset browsers use
 * (WHATWG Encoding: Shift_JIS to windows-31j, GB2312 to GBK, ISO-8859-1 to windows-1252, EUC-KR to
 * windows-949), so that vendor characters such as NEC/IBM extensions in CP932 decode.
 */
final class XmlDecoder {
    /** The text without BOM, the charset used, and what had to be guessed or replaced. */
    record Decoded(String text, String charset, List<String> repairs) {
    }

    private static final Pattern XML_DECL_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Pattern CT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:\\-]+)");
    private static final Map<String, String> SUPERSETS = Map.of(
            "shift_jis", "windows-31j", "x-sjis", "windows-31j", "ms_kanji", "windows-31j",
            "gb2312", "GBK", "iso-8859-1", "windows-1252", "us-ascii", "windows-1252",
            "euc-kr", "x-windows-949", "tis-620", "x-windows-874");

    private XmlDecoder() {
    }

    static Decoded decode(byte[] bytes, String contentType) {
        List<String> repairs = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            byte[] rest = java.util.Arrays.copyOfRange(bytes, bom.length, bytes.length);
            String text = strict(rest, bom.charset);
            if (text == null) {
                repairs.add("replaced undecodable bytes (" + bom.charset.name() + ")");
                text = new String(rest, bom.charset);
            }
            return new Decoded(text, bom.charset.name(), repairs);
        }
        Set<Charset> declared = new LinkedHashSet<>();
        add(declared, headerCharset(contentType));
        add(declared, declarationCharset(bytes));
        if (declared.isEmpty()) declared.add(StandardCharsets.UTF_8); // XML 1.0 §4.3.3 default
        for (Charset cs : declared) {
            String text = strict(bytes, cs);
            if (text != null) return new Decoded(text, cs.name(), repairs);
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            String text = strict(bytes, detected);
            if (text != null) {
                repairs.add("charset detected as " + detected.name() + " (not " + declared.iterator().next().name() + ")");
                return new Decoded(text, detected.name(), repairs);
            }
        }
        Charset fallback = declared.iterator().next();
        repairs.add("replaced undecodable bytes (" + fallback.name() + ")");
        return new Decoded(new String(bytes, fallback), fallback.name(), repairs);
    }

    static String headerCharset(String contentType) {
        if (contentType == null) return null;
        Matcher m = CT_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    static String declarationCharset(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) return "UTF-16LE";
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') return "UTF-16BE";
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECL_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static void add(Set<Charset> set, String label) {
        if (label == null) return;
        String wide = SUPERSETS.getOrDefault(label.toLowerCase(Locale.ROOT), label);
        try {
            if (Charset.isSupported(wide)) set.add(Charset.forName(wide));
        } catch (IllegalArgumentException e) {
            // an illegal charset name is ignored like an absent one
        }
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null) return null;
        Set<Charset> one = new LinkedHashSet<>();
        add(one, match.getName());
        return one.isEmpty() ? null : one.iterator().next();
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return new Bom(StandardCharsets.UTF_16BE, 2);
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return new Bom(StandardCharsets.UTF_16LE, 2);
            return null;
        }
    }
}
