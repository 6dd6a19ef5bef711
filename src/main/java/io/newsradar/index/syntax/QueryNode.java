package io.newsradar.index.syntax;

import io.newsradar.index.Schema;

import java.util.List;
import java.util.Set;

/**
 * The parsed form of a query in newsradar's syntax ({@link QuerySyntax}), before it is compiled to Lucene.
 * Every node remembers the 1-based column where it starts, for error messages.
 */
sealed interface QueryNode {
    int column();

    /** A word or an exact phrase, searched in {@code fields} (each analysed per language family). */
    record Text(String text, boolean phrase, Set<Schema.Text> fields, int column) implements QueryNode {}

    /** A word with {@code *} / {@code ?} wildcards (never leading), searched in {@code fields}. */
    record Wildcard(String pattern, Set<Schema.Text> fields, int column) implements QueryNode {}

    /** An exact keyword value of {@code lang}, {@code source}, {@code site}, {@code theme}, {@code id}, {@code url}. */
    record Keyword(String field, String value, boolean prefix, int column) implements QueryNode {}

    /** A range of publication times, {@code [fromMs, toMs)} in epoch milliseconds; null bounds are open. */
    record Range(String field, Long fromMs, Long toMs, int column) implements QueryNode {}

    /** All of {@code must} and none of {@code mustNot}. */
    record And(List<QueryNode> must, List<QueryNode> mustNot, int column) implements QueryNode {}

    /** Any of {@code any}. */
    record Or(List<QueryNode> any, int column) implements QueryNode {}

    /** {@code left} and {@code right} with at most {@code maxGap} tokens between them; in order when ordered. */
    record Near(QueryNode left, QueryNode right, int maxGap, boolean ordered, int column) implements QueryNode {}

    /** {@code left} and {@code right} in one sentence, or in one paragraph when {@code paragraph}. */
    record Same(QueryNode left, QueryNode right, boolean paragraph, int column) implements QueryNode {}

    /** {@code inner} occurring at least {@code count} times in one field. */
    record AtLeast(int count, QueryNode inner, int column) implements QueryNode {}
}
