package io.newsradar.index.syntax;

import io.newsradar.index.Schema;
import io.newsradar.index.syntax.QueryLexer.Kind;
import io.newsradar.index.syntax.QueryLexer.Tok;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser of newsradar's query syntax into {@link QueryNode}s. Precedence, loosest first:
 * {@code OR}; {@code AND} (also implicit between adjacent clauses); {@code NOT} / {@code -}; {@code NEAR/n},
 * {@code PRE/n}, {@code SENT}, {@code PARA}; then a primary (word, phrase, parenthesised group, {@code field:}, {@code atleastN(...)}).
 */
final class QueryParser {
    private static final int MAX_COUNT = 1000;
    private final List<Tok> toks;
    private final ZoneId zone;
    private int i;

    private QueryParser(List<Tok> toks, ZoneId zone) {
        this.toks = toks;
        this.zone = zone;
    }

    /** @return the parsed query, or null for blank text (all articles) */
    static QueryNode parse(String text, Set<Schema.Text> fields, ZoneId zone) {
        QueryParser p = new QueryParser(QueryLexer.tokens(text), zone);
        if (p.peek().kind() == Kind.EOF) return null;
        QueryNode node = p.or(new Scope(fields, null, 0));
        Tok rest = p.peek();
        if (rest.kind() == Kind.RPAREN) throw new QueryException("unbalanced ')': no '(' before it", rest.column());
        if (rest.kind() != Kind.EOF) throw new QueryException("unexpected '" + rest.text() + "'", rest.column());
        return node;
    }

    /** Where words go: text fields, or one keyword field. */
    private record Scope(Set<Schema.Text> text, String keyword, int keywordColumn) {}

    private Tok peek() {
        return toks.get(i);
    }

    private Tok take() {
        return toks.get(i++);
    }

    private QueryNode or(Scope scope) {
        int col = peek().column();
        List<QueryNode> any = new ArrayList<>();
        any.add(and(scope));
        while (peek().kind() == Kind.OR) {
            Tok op = take();
            requireOperand(op);
            any.add(and(scope));
        }
        return any.size() == 1 ? any.getFirst() : new QueryNode.Or(any, col);
    }

    private QueryNode and(Scope scope) {
        int col = peek().column();
        List<QueryNode> must = new ArrayList<>();
        List<QueryNode> mustNot = new ArrayList<>();
        while (startsClause(peek()) || peek().kind() == Kind.AND) {
            if (peek().kind() == Kind.AND) {
                Tok op = take();
                if (must.isEmpty() && mustNot.isEmpty()) throw new QueryException("AND has nothing on its left", op.column());
                requireOperand(op);
            }
            if (peek().kind() == Kind.NOT) {
                Tok op = take();
                requireOperand(op);
                mustNot.add(proximity(scope));
            } else {
                must.add(proximity(scope));
            }
        }
        if (must.isEmpty() && mustNot.isEmpty()) {
            Tok t = peek();
            throw new QueryException(t.kind() == Kind.EOF ? "query ends where a term was expected"
                    : "unexpected '" + t.text() + "'", t.column());
        }
        if (must.size() == 1 && mustNot.isEmpty()) return must.getFirst();
        return new QueryNode.And(must, mustNot, col);
    }

    private QueryNode proximity(Scope scope) {
        QueryNode left = primary(scope);
        while (isProximity(peek().kind())) {
            Tok op = take();
            requireOperand(op);
            QueryNode right = primary(scope);
            left = switch (op.kind()) {
                case SENT, PARA -> new QueryNode.Same(left, right, op.kind() == Kind.PARA, op.column());
                default -> new QueryNode.Near(left, right, op.number(), op.kind() == Kind.PRE, op.column());
            };
        }
        return left;
    }

    private QueryNode primary(Scope scope) {
        Tok t = take();
        switch (t.kind()) {
            case LPAREN: {
                QueryNode inner = or(scope);
                if (peek().kind() != Kind.RPAREN) throw new QueryException("missing ')' for the '(' here", t.column());
                take();
                return inner;
            }
            case FIELD: return field(t, scope);
            case RANGE: return QueryRanges.parse(t.text(), t.column(), zone);
            case ATLEAST: {
                if (t.number() < 1 || t.number() > MAX_COUNT) {
                    throw new QueryException("atleast count must be 1.." + MAX_COUNT, t.column());
                }
                Tok open = take();
                QueryNode inner = or(scope);
                if (peek().kind() != Kind.RPAREN) throw new QueryException("missing ')' for the '(' here", open.column());
                take();
                return new QueryNode.AtLeast(t.number(), inner, t.column());
            }
            case PHRASE: return leaf(t.text(), true, scope, t.column());
            case WORD: return leaf(t.text(), false, scope, t.column());
            default:
                throw new QueryException(t.kind() == Kind.EOF ? "query ends where a term was expected"
                        : "'" + t.text() + "' where a term was expected", t.column());
        }
    }

    private QueryNode field(Tok t, Scope scope) {
        String name = t.text();
        if (scope.keyword() != null) throw new QueryException("field " + name + ": inside " + scope.keyword() + ":", t.column());
        if (name.equals("published")) {
            Tok v = take();
            if (v.kind() != Kind.WORD) throw new QueryException("published: needs a date or [from TO to]", t.column());
            return QueryRanges.parse(name + ":[" + v.text() + " TO " + v.text() + "]", v.column(), zone);
        }
        Schema.Text text = Schema.Text.ofName(name);
        Scope inner = text != null ? new Scope(EnumSet.of(text), null, 0) : new Scope(scope.text(), name, t.column());
        if (!startsClause(peek()) || peek().kind() == Kind.NOT) {
            throw new QueryException("field " + name + ": has no value", t.column());
        }
        return primary(inner);
    }

    private QueryNode leaf(String text, boolean phrase, Scope scope, int column) {
        boolean wildcard = !phrase && (text.indexOf('*') >= 0 || text.indexOf('?') >= 0);
        if (wildcard && (text.charAt(0) == '*' || text.charAt(0) == '?')) {
            throw new QueryException("leading wildcard in '" + text + "' would scan the whole index", column);
        }
        if (scope.keyword() != null) return keyword(scope.keyword(), text, wildcard, scope.keywordColumn());
        if (wildcard) return new QueryNode.Wildcard(text, scope.text(), column);
        return new QueryNode.Text(text, phrase, scope.text(), column);
    }

    private static QueryNode keyword(String field, String value, boolean wildcard, int column) {
        String v = field.equals("lang") ? value.toLowerCase(Locale.ROOT) : value;
        if (!wildcard) return new QueryNode.Keyword(field, v, false, column);
        int star = v.indexOf('*');
        if (star != v.length() - 1 || v.indexOf('?') >= 0) {
            throw new QueryException(field + ": accepts only a trailing * (prefix), not '" + value + "'", column);
        }
        return new QueryNode.Keyword(field, v.substring(0, star), true, column);
    }

    private void requireOperand(Tok op) {
        Kind next = peek().kind();
        if (next == Kind.EOF || next == Kind.RPAREN || next == Kind.OR || next == Kind.AND) {
            throw new QueryException(op.text() + " has nothing on its right", op.column());
        }
    }

    private static boolean isProximity(Kind k) {
        return k == Kind.NEAR || k == Kind.PRE || k == Kind.SENT || k == Kind.PARA;
    }

    private static boolean startsClause(Tok t) {
        return switch (t.kind()) {
            case LPAREN, WORD, PHRASE, FIELD, RANGE, ATLEAST, NOT -> true;
            default -> false;
        };
    }
}
