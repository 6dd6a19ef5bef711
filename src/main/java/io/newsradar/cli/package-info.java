/**
 * The {@code newsradar} command line (picocli). Each command holds its options, calls one service of the
 * packages above (mostly through {@code pipeline.Workspace}), writes through the command's own writers (so
 * tests capture them) and returns an exit status from {@link io.newsradar.cli.ExitCodes}. Shared options are
 * the {@link io.newsradar.cli.CommonOptions} mixin; one handler turns exceptions into a one-line message.
 *
 * <p>Owns: option parsing, text, {@code --json} and {@code --csv} rendering of results. Must not hold crawl, extraction,
 * index or theme logic.
 */
package io.newsradar.cli;
