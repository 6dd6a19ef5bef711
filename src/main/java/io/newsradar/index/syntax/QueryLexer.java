package io.newsradar.index.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits query text into tokens for {@link QueryParser}; columns are 1-based UTF-16 positions. */
final class QueryLexer {
    enum Kind { LPAREN, RPAREN, WORD, PHRASE, FIELD, RANGE, AND, OR, NOT, NEAR, PRE, SENT, PARA, ATLEAST, EOF }

    /** One token; {@code number} is the n of {@code NEAR/n}, {@code PRE/n} or {@code atleastN}. */
    record Tok(Kind kind, String text, int number, int column) {}

    static final Set<String> FIELDS = Set.of("title", "lead", "body", "source", "site", "lang", "theme",
            "published", "id", "url");
    private static final Pattern PROXIMITY = Pattern.compile("(NEAR|PRE)(?:/(\\d{1,4}))?");
    /** Largest distance of {@code NEAR/n} and {@code PRE/n}, in tokens. */
    static final int MAX_NEAR = 9999;
    private static final Pattern ATLEAST = Pattern.compile("(?i)atleast(\\d{1,4})");
    /** Default distance of a bare {@code NEAR} or {@code PRE}, in tokens. */
    static final int DEFAULT_NEAR = 10;

    private final String text;
    private int pos;

    private QueryLexer(String text) {
        this.text = text;
    }

    static List<Tok> tokens(String text) {
        QueryLexer lexer = new QueryLexer(text);
        List<Tok> out = new ArrayList<>();
        Tok t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != Kind.EOF);
        return out;
    }

    private Tok next() {
        while (pos < text.length() && isSpace(text.charAt(pos))) pos++;
        if (pos >= text.length()) return new Tok(Kind.EOF, "", 0, pos + 1);
        int start = pos;
        char c = text.charAt(pos);
        if (c == '(' || c == '（') return single(Kind.LPAREN, start);
        if (c == ')' || c == '）') return single(Kind.RPAREN, start);
        if (isQuote(c)) return phrase(start);
        if (c == '-' && pos + 1 < text.length() && !isSpace(text.charAt(pos + 1))) return single(Kind.NOT, start);
        return word(start);
    }

    private Tok single(Kind kind, int start) {
        pos++;
        return new Tok(kind, text.substring(start, pos), 0, start + 1);
    }

    private Tok phrase(int start) {
        int end = start + 1;
        while (end < text.length() && !isQuote(text.charAt(end))) end++;
        if (end >= text.length()) throw new QueryException("unterminated phrase: missing closing quote", start + 1);
        String inner = text.substring(start + 1, end);
        pos = end + 1;
        if (inner.isBlank()) throw new QueryException("empty phrase \"\"", start + 1);
        return new Tok(Kind.PHRASE, inner, 0, start + 1);
    }

    private Tok word(int start) {
        int end = start;
        while (end < text.length() && !isSpace(text.charAt(end)) && !isSyntax(text.charAt(end))) {
            if (text.charAt(end) == ':' && FIELDS.contains(text.substring(start, end))) {
                pos = end + 1;
                return fieldOrRange(start, text.substring(start, end));
            }
            end++;
        }
        pos = end;
        String w = text.substring(start, end);
        switch (w) {
            case "AND": return new Tok(Kind.AND, w, 0, start + 1);
            case "OR": return new Tok(Kind.OR, w, 0, start + 1);
            case "NOT": return new Tok(Kind.NOT, w, 0, start + 1);
            case "SENT": return new Tok(Kind.SENT, w, 0, start + 1);
            case "PARA": return new Tok(Kind.PARA, w, 0, start + 1);
            default: break;
        }
        Matcher m = PROXIMITY.matcher(w);
        if (m.matches()) {
            int n = m.group(2) == null ? DEFAULT_NEAR : Integer.parseInt(m.group(2));
            return new Tok(m.group(1).equals("NEAR") ? Kind.NEAR : Kind.PRE, w, n, start + 1);
        }
        OperatorTypos.check(w, start + 1);
        Matcher a = ATLEAST.matcher(w);
        if (a.matches() && pos < text.length() && (text.charAt(pos) == '(' || text.charAt(pos) == '（')) {
            return new Tok(Kind.ATLEAST, w, Integer.parseInt(a.group(1)), start + 1);
        }
        return new Tok(Kind.WORD, w, 0, start + 1);
    }

    /** After {@code field:}: a {@code [a TO b]} / {@code {a TO b}} range becomes one RANGE token. */
    private Tok fieldOrRange(int start, String field) {
        if (pos < text.length() && (text.charAt(pos) == '[' || text.charAt(pos) == '{')) {
            int close = pos;
            while (close < text.length() && text.charAt(close) != ']' && text.charAt(close) != '}') close++;
            if (close >= text.length()) throw new QueryException("unterminated range: missing ] or }", pos + 1);
            String range = text.substring(pos, close + 1);
            int col = pos + 1;
            pos = close + 1;
            return new Tok(Kind.RANGE, field + ":" + range, 0, col);
        }
        return new Tok(Kind.FIELD, field, 0, start + 1);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '＂';
    }

    private static boolean isSyntax(char c) {
        return c == '(' || c == ')' || c == '（' || c == '）' || isQuote(c);
    }
}
