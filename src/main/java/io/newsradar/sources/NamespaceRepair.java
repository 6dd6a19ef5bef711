package io.newsradar.sources;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declares namespace prefixes a document uses but never binds (e.g. {@code <xhtml:meta>} without
 * {@code xmlns:xhtml}), which makes a namespace-aware XML parser stop with "unbound prefix". Each missing prefix
 * is bound on the root element to {@code urn:newsradar:undeclared:<prefix>}, so its elements are kept apart and
 * ignored. Works on UTF-8 (or ASCII-compatible) bytes; other encodings are returned unchanged.
 */
final class NamespaceRepair {
    private static final Pattern USED = Pattern.compile("<([A-Za-z_][A-Za-z0-9_.-]*):[A-Za-z_]");
    private static final Pattern DECLARED = Pattern.compile("xmlns:([A-Za-z_][A-Za-z0-9_.-]*)\\s*=");
    private static final Pattern ROOT = Pattern.compile("<(?![?!])[A-Za-z_][^\\s>/]*");

    private NamespaceRepair() {
    }

    /** @return the bytes with missing prefixes declared, or the same array when nothing is missing */
    static byte[] repair(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Set<String> missing = new LinkedHashSet<>();
        Matcher used = USED.matcher(text);
        while (used.find()) missing.add(used.group(1));
        Matcher declared = DECLARED.matcher(text);
        while (declared.find()) missing.remove(declared.group(1));
        missing.remove("xml");
        if (missing.isEmpty()) return xml;
        Matcher root = ROOT.matcher(text);
        if (!root.find()) return xml;
        StringBuilder decl = new StringBuilder();
        for (String p : missing) decl.append(" xmlns:").append(p).append("=\"urn:newsradar:undeclared:").append(p).append('"');
        return (text.substring(0, root.end()) + decl + text.substring(root.end())).getBytes(StandardCharsets.UTF_8);
    }
}
