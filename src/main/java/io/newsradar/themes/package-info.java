/**
 * Themes: analysts' standing questions, defined in a YAML themes file, compiled to Lucene queries and matched
 * against one article at a time at ingest.
 *
 * <h2>The themes file</h2>
 * UTF-8 YAML with two top-level keys, {@code aliases} and {@code themes}; any other key is an error.
 * <pre>{@code
 * aliases:                                   # named sets, referenced from queries as @name
 *   nvidia: [Nvidia, エヌビディア, 英伟达, 輝達]   # one word, or several = a phrase
 *   chips:  [semiconductor, chip, chips, "@nvidia", H20, 半導体, 芯片]   # "@other" includes a set (quote it: @ is YAML syntax)
 *   export_control: [export controls, Entity List, 輸出規制, 出口管制,
 *                    "(export* NEAR/4 (ban OR licen*))"]              # (…) = a query fragment, used as written
 * themes:
 *   - name: Semiconductor export controls    # unique; the name stored on articles and shown in digests
 *     description: Government measures restricting exports of chips ...
 *     query: "@export_control AND @chips"   # newsradar's search syntax (io.newsradar.index.syntax.QuerySyntax)
 *     require:                              # "about, not mentions" (optional; any one rule suffices)
 *       in: [title, lead]                   #   the focus matches in the headline or the lead on their own
 *       or_paragraph: 2                     #   or one paragraph on its own holds >= 2 mentions of it
 *       or_mentions: 3                      #   or the whole article holds >= 3 mentions of it
 *       focus: "@export_control"            #   what must be prominent (default: the query itself)
 * }</pre>
 * <ul>
 *   <li><b>Aliases.</b> Width, case and kana variants (ＮＶＩＤＩＡ, ﾃﾞｨｰﾌﾟｼｰｸ, Ｈ２０) are normalised by the index's
 *       analysis and need not be listed. An entry ending in {@code *} is a truncation. {@code @name} may be used
 *       anywhere a word may, outside quotes. Names: letters, digits, {@code _ - .}; a key may be written
 *       {@code nvidia} or {@code "@nvidia"}.</li>
 *   <li><b>Query.</b> The search syntax: {@code AND OR NOT}, {@code "phrases"}, {@code export*},
 *       {@code NEAR/n}, {@code PRE/n}, {@code atleastN(...)}, {@code title:} {@code lead:} {@code body:}. The
 *       query decides whether the article is in scope at all; it searches headline and body.</li>
 *   <li><b>Prominence</b> ({@link io.newsradar.themes.Prominence}). The lead is the body's first paragraph, cut
 *       to the index's lead length (200 characters for ja/zh, about 400 for other languages). A mention is one
 *       match of the focus query (a term, a phrase, a proximity span), counted once however many fields index
 *       it. Without {@code require} a match anywhere tags the article.</li>
 *   <li><b>Version.</b> Each theme's version ({@code model.Theme.version}) is the first 8 hex digits of the
 *       SHA-256 of its name, query with aliases expanded, and prominence rules: editing an alias set changes the
 *       version of every theme that uses it; editing a description does not.</li>
 *   <li><b>Errors.</b> {@link io.newsradar.themes.ThemesException}, one line {@code file:line: why}: YAML syntax,
 *       unknown key, missing name or query, duplicate theme, unknown alias set, unbalanced parentheses or quotes,
 *       leading wildcard, a query the parser rejects or one over 16,384 clauses once expanded.</li>
 * </ul>
 *
 * <h2>Matching</h2>
 * {@link io.newsradar.themes.ThemeSet#matcher()} builds a {@link io.newsradar.themes.ThemeMatcher} that puts the
 * article into a Lucene {@code MemoryIndex} with the index's fields and analyzers
 * ({@code io.newsradar.index.ArticleMemoryIndex}), reads the terms the themes use once
 * ({@code ArticleTerms}, numbered by a {@code TermDictionary}), keeps only the themes whose required terms occur
 * (a presearcher in the manner of Lucene's monitor module, built here because lucene-monitor does not resolve for
 * Lucene 10), and checks their queries and prominence rules with {@code QueryProgram}s compiled when the themes
 * are loaded: boolean, term, phrase and truncation parts run on the article's postings; proximity parts run in
 * Lucene only when a {@code ProximityCheck} on positions can neither rule them out nor, for sides of one fixed
 * width each, decide them itself (Lucene reports a minimal interval inside every qualifying pair of such sides,
 * so the pair settles it: {@code ProximityDecisionTest} holds the two to the same answer). The decision equals
 * running each theme's Lucene query on the in-memory views ({@code MemoryThemeMatcher.isAbout}, which
 * {@code themes explain} uses).
 * {@link io.newsradar.themes.ThemesBench} scores a matcher on a labelled set.
 *
 * <p>Uses {@code model}, {@code index} and the query language of {@code index.syntax} ({@code QuerySyntax},
 * {@code QueryException}). Must not write the index, fetch, or format output: the CLI renders
 * {@link io.newsradar.themes.ThemesReport} and {@link io.newsradar.themes.ThemesException}.
 */
package io.newsradar.themes;
