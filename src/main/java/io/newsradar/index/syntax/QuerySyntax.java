package io.newsradar.index.syntax;

import io.newsradar.index.Schema;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * newsradar's query language, shared by {@code search} and theme definitions, compiled to a Lucene {@link Query}
 * over the {@link Schema}. The query runs against an {@code IndexSearcher} over the article index or a
 * {@code MemoryIndex} holding one article ({@code io.newsradar.index.ArticleMemoryIndex}).
 *
 * <h2>Syntax</h2>
 * <pre>
 *   export controls            both words (implicit AND: the default between adjacent clauses)
 *   export AND controls        the same, explicit
 *   nvidia OR 英伟达 OR エヌビディア   any of them
 *   chips NOT potato, chips -potato   the first without the second (NOT binds to the clause after it)
 *   "export controls"          exact phrase (adjacent tokens, in order; stop words/particles keep their slot)
 *   export*  expor?            wildcards: * any run, ? one character; a leading wildcard is refused
 *   chip NEAR/5 export         both, at most 5 tokens between them, either order (bare NEAR = NEAR/10)
 *   export PRE/3 controls      both, the first before the second, at most 3 tokens between
 *   deepseek SENT 規制          both in one sentence (sentence ends: 。！？!? and a full stop before a space)
 *   deepseek PARA 規制          both in one paragraph (paragraphs are separated by a blank line)
 *   atleast3(deepseek OR ディープシーク)   at least 3 occurrences in one field (title or body, counted separately)
 *   title:deepseek  lead:(h800 OR h100)  body:"…"   restrict text to the headline, the lead or the body
 *   source:Reuters  site:livedoor  lang:ja  theme:"DeepSeek"  id:…  url:…   exact keyword values
 *                              (a trailing * makes a prefix: source:Reu*)
 *   published:[2025-01-01 TO 2025-01-31]  published:{2025-01-01 TO *]  published:2025-01
 *                              [ ] include the bound, { } exclude it; a date covers its whole day in the zone
 *   ( … )                      grouping; precedence, loosest first: OR, AND, NOT, NEAR/PRE/SENT/PARA
 * </pre>
 * Operators are upper case ({@code and}, {@code or}, {@code near}, {@code sent} are words). Full-width parentheses and quotes
 * are accepted. A word that analyses into several tokens (a Japanese compound such as 輸出規制, {@code AI関連品},
 * a hyphenated {@code AI-related}) is searched as a phrase of those tokens, not as loose OR: typing a compound
 * means wanting the compound.
 *
 * <h2>Analysis</h2>
 * Each word or phrase is analysed with every language family's analyzer and searched in that family's fields
 * ({@code title}/{@code body} gram fields for every article, {@code title_ja}/{@code body_ja} for Japanese,
 * {@code title_en}/{@code body_en} for English), so one query finds articles in all languages; the best field
 * scores (dis-max). Wildcards match the unstemmed gram and Japanese fields. Proximity distances count tokens of
 * each field's analysis (English words, Japanese morphemes, Chinese characters).
 *
 * <h2>Errors</h2>
 * {@link QueryException} with a one-line message and the 1-based column: unbalanced parentheses or quotes, an
 * operator without an operand, a leading wildcard, a bad date, a keyword field or NOT inside NEAR/PRE/SENT/PARA/
 * atleast, a malformed proximity operator ({@code NEAR/}, {@code NEAR/x}, {@code PRE/-1}) or an unsupported one
 * ({@code W/5}, {@code W/S}: the message names the operator to use).
 */
public final class QuerySyntax {
    /** Text fields a clause without {@code field:} searches: the headline and the body. */
    public static final Set<Schema.Text> DEFAULT_FIELDS = Set.copyOf(EnumSet.of(Schema.Text.TITLE, Schema.Text.BODY));

    private QuerySyntax() {}

    /**
     * Parses {@code query} over {@link #DEFAULT_FIELDS}, dates in UTC.
     *
     * @param query query text; blank means all articles
     * @return the Lucene query
     * @throws QueryException when the text does not parse or would be too expensive
     */
    public static Query parse(String query) {
        return parse(query, DEFAULT_FIELDS, ZoneOffset.UTC);
    }

    /**
     * Parses {@code query}, sending clauses without a {@code field:} prefix to {@code fields}.
     *
     * @param query  query text; blank means all articles
     * @param fields text fields unprefixed clauses search (e.g. only {@link Schema.Text#TITLE} and
     *               {@link Schema.Text#LEAD} for a prominence rule); not empty
     * @param zone   zone in which dates without an offset in {@code published:} ranges are read
     * @return the Lucene query
     * @throws QueryException when the text does not parse or would be too expensive
     */
    public static Query parse(String query, Set<Schema.Text> fields, ZoneId zone) {
        if (fields == null || fields.isEmpty()) throw new IllegalArgumentException("no text fields to search");
        QueryNode node = QueryParser.parse(query == null ? "" : query, Set.copyOf(fields), zone);
        return node == null ? MatchAllDocsQuery.INSTANCE : QueryCompiler.compile(node);
    }

    /**
     * Checks the words of {@code query} as written, without parsing or analysing it: quotes, ranges and proximity
     * operators. For text that is not a whole query yet (a theme query before its {@code @aliases} are replaced),
     * so that the column of a problem is a column of the text the user wrote.
     *
     * @param query query text, may contain {@code @alias} words
     * @throws QueryException on an unterminated phrase or range, or a malformed or unsupported operator
     */
    public static void checkWords(String query) {
        QueryLexer.tokens(query == null ? "" : query);
    }

    /**
     * A range over a long point field with doc values (epoch milliseconds for {@code published} and
     * {@code first_seen}), both bounds inclusive; Lucene picks points or doc values, whichever is cheaper.
     */
    public static Query range(String field, long fromInclusive, long toInclusive) {
        return new org.apache.lucene.search.IndexOrDocValuesQuery(
                org.apache.lucene.document.LongPoint.newRangeQuery(field, fromInclusive, toInclusive),
                org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(field, fromInclusive, toInclusive));
    }
}
