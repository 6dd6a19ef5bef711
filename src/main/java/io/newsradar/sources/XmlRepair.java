package io.newsradar.sources;

import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient clean-up of decoded XML text that a strict XML 1.0 parser rejects, applied only after a strict
 * parse failed: leading junk before the first {@code <}, a DOCTYPE (removed: DTDs are never processed, so
 * no entity it declares can expand), HTML named entities XML does not declare ({@code &nbsp;} becomes
 * {@code &#160;}), bare {@code &} (becomes {@code &amp;}), and characters XML 1.0 §2.2 forbids. CDATA
 * sections and comments are left as they are. Each kind of fix is reported once with its count.
 */
final class XmlRepair {
    record Repaired(String text, List<String> repairs) {
    }

    private static final Pattern DOCTYPE = Pattern.compile("(?is)<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)?");

    private XmlRepair() {
    }

    static Repaired repair(String xml) {
        List<String> repairs = new ArrayList<>();
        String text = xml;
        int start = text.indexOf('<');
        if (start > 0) {
            repairs.add("removed " + start + " characters before the first tag");
            text = text.substring(start);
        }
        Matcher doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            repairs.add("removed DOCTYPE (DTDs are not processed)");
            text = doctype.replaceFirst("");
        }
        text = fixOutsideCdata(text, repairs);
        return new Repaired(text, repairs);
    }

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][A-Za-z0-9_:.\\-]*)");

    /** @return the name of the first element in {@code xml} (after comments and processing instructions), or null */
    static String rootElement(String xml) {
        String body = xml.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE[^>]*>", "");
        Matcher m = ROOT.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static String fixOutsideCdata(String text, List<String> repairs) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int[] counts = new int[3]; // html entities, bare ampersands, illegal characters
        int i = 0;
        while (i < text.length()) {
            int skipTo = verbatimEnd(text, i);
            if (skipTo > i) {
                out.append(text, i, skipTo);
                i = skipTo;
                continue;
            }
            char c = text.charAt(i);
            if (c == '&') {
                i = fixAmpersand(text, i, out, counts);
            } else {
                if (isXmlChar(c) || Character.isSurrogate(c)) out.append(c); else counts[2]++;
                i++;
            }
        }
        if (counts[0] > 0) repairs.add("decoded " + counts[0] + " undeclared HTML entities");
        if (counts[1] > 0) repairs.add("escaped " + counts[1] + " bare ampersands");
        if (counts[2] > 0) repairs.add("removed " + counts[2] + " characters not allowed in XML");
        return out.toString();
    }

    /** @return the end of a CDATA section or comment starting at {@code i}, or {@code i} when none starts there */
    private static int verbatimEnd(String text, int i) {
        if (text.startsWith("<![CDATA[", i)) return endOf(text, i, "]]>");
        if (text.startsWith("<!--", i)) return endOf(text, i, "-->");
        return i;
    }

    private static int endOf(String text, int from, String terminator) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    private static int fixAmpersand(String text, int i, StringBuilder out, int[] counts) {
        Matcher m = ENTITY.matcher(text).region(i, text.length());
        m.lookingAt();
        String ref = m.group(1);
        if (ref == null) {
            out.append("&amp;");
            counts[1]++;
            return i + 1;
        }
        String name = ref.substring(0, ref.length() - 1);
        if (ref.startsWith("#") || isXmlEntity(name)) {
            out.append('&').append(ref);
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
            counts[0]++;
        } else {
            out.append("&amp;").append(ref);
            counts[1]++;
        }
        return m.end();
    }

    private static boolean isXmlEntity(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> true;
            default -> false;
        };
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
