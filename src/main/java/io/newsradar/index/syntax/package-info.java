/**
 * newsradar's query language, shared by {@code search} and theme definitions: {@code AND OR NOT}, phrases,
 * truncation, {@code NEAR/n} and {@code PRE/n} (Lucene intervals), {@code SENT}/{@code PARA}, {@code atleastN},
 * fields and date ranges, compiled by {@link io.newsradar.index.syntax.QuerySyntax} into a Lucene {@code Query}
 * over the fields of {@link io.newsradar.index.Schema}, analysed per language with
 * {@link io.newsradar.index.Analyzers}. The same query runs on the on-disk index and on a one-article
 * {@code MemoryIndex}. Errors are {@link io.newsradar.index.syntax.QueryException}s with a column.
 *
 * <p>Lives under {@code index} because it is defined by the schema and its analysis, and so that {@code themes}
 * (above {@code query} in the data flow) can compile theme queries. Must not search, rank or format results.
 */
package io.newsradar.index.syntax;
