package io.newsradar.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the charset of an HTML page and decodes it, in the spirit of the WHATWG HTML encoding sniffing
 * algorithm, made robust to the mislabelled pages found on real news sites.
 *
 * <p>Order: byte-order mark; then strict UTF-8 when the bytes are valid UTF-8 and not plain ASCII (legacy
 * CJK bytes practically never form valid UTF-8, while UTF-8 pages labelled Shift_JIS are common); then the
 * HTTP {@code Content-Type} charset; then every {@code <meta charset>} / {@code http-equiv} declaration in the
 * first 16 KiB, in order, taking the first that decodes the whole page without error (so a wrong first meta
 * does not win over a right later one); then the XML declaration; then ICU4J detection; then windows-1252.
 * Labels are mapped to the vendor supersets browsers use ({@link CharsetNames}). Stateless and thread-safe.
 */
final class CharsetSniffer {
    private static final int PRESCAN_BYTES = 16 * 1024;
    private static final Pattern META = Pattern.compile("<meta\\s[^>]{0,512}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_ATTR =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL =
            Pattern.compile("^<\\?xml[^>]{0,200}encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    /** Decoded text and the charset that produced it. */
    record Decoded(String text, Charset charset) { }

    private CharsetSniffer() { }

    /**
     * @param bytes       page bytes after content decoding
     * @param contentType HTTP {@code Content-Type} header value, or null
     * @return the text (BOM removed) and the charset used; invalid sequences become U+FFFD only in the
     *         last-resort paths
     */
    static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) return new Decoded(decodeLenient(bytes, bomLength(bytes), bom), bom);
        if (!isAscii(bytes) && Utf8.isValid(bytes)) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        List<Charset> declared = new ArrayList<>();
        addIfKnown(declared, headerCharset(contentType));
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        for (String label : metaCharsets(head)) addIfKnown(declared, label);
        Matcher xml = XML_DECL.matcher(head);
        if (xml.find()) addIfKnown(declared, xml.group(1));
        for (Charset cs : declared) {
            String text = strictly(bytes, cs);
            if (text != null) return new Decoded(text, cs);
        }
        Charset detected = detect(bytes, declared.isEmpty() ? null : declared.get(0));
        return new Decoded(decodeLenient(bytes, 0, detected), detected);
    }

    /** @return the {@code charset} parameter of a Content-Type value, or null */
    static String headerCharset(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET_ATTR.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** @return charset labels declared by meta elements of {@code head} (decoded as Latin-1), in order */
    static List<String> metaCharsets(String head) {
        List<String> labels = new ArrayList<>();
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            String tag = meta.group();
            String lower = tag.toLowerCase(Locale.ROOT);
            if (!lower.contains("charset")) continue;
            if (lower.contains("http-equiv") && !lower.contains("content-type")) continue;
            Matcher cs = CHARSET_ATTR.matcher(tag);
            if (cs.find()) labels.add(cs.group(1));
        }
        return labels;
    }

    private static void addIfKnown(List<Charset> out, String label) {
        Charset cs = CharsetNames.forLabel(label);
        if (cs != null && !out.contains(cs)) out.add(cs);
    }

    private static Charset detect(byte[] bytes, Charset hint) {
        CharsetDetector detector = new CharsetDetector();
        if (hint != null) detector.setDeclaredEncoding(hint.name());
        detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
        CharsetMatch match = detector.detect();
        Charset cs = match == null ? null : CharsetNames.forLabel(match.getName());
        return cs != null ? cs : CharsetNames.forLabel("windows-1252");
    }

    private static String strictly(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeLenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return false;
        return true;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static int bomLength(byte[] b) {
        return (b[0] & 0xff) == 0xEF ? 3 : 2;
    }
}
