package io.newsradar.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code --csv} output (RFC 4180): a header row, then one row per value; a field holding a comma, quote, CR or LF
 * is quoted with inner quotes doubled; records end with CRLF; numbers in the root locale; absent values empty.
 */
final class Csv {
    private Csv() {
    }

    /** Prints one record. Null and NaN print as an empty field. */
    static void row(PrintWriter out, Object... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(field(fields[i]));
        }
        out.print(sb.append("\r\n"));
    }

    static String field(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return d.isNaN() ? "" : String.format(Locale.ROOT, "%.6g", d);
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
