package io.newsradar.cli;

import io.newsradar.extract.ArticleExtractor;
import io.newsradar.extract.ExtractionException;
import io.newsradar.model.Article;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import io.newsradar.pipeline.PageReader;
import io.newsradar.pipeline.Workspace;
import io.newsradar.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Show what extraction finds on pages (URL fetched over HTTP, or local HTML files), without "
                + "indexing: url, canonical_url, title, published (with offset) and where the date came from, "
                + "source, site, lang, body. A page on the host of a source of the sources file gets that source's "
                + "extraction hints, as in a crawl.",
        footer = {"", "Examples:", "  newsradar extract page.html",
                "  newsradar extract --json https://example.com/news/1 saved/*.html \\",
                "      > articles.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "URL|FILE", description = "http(s) URLs or HTML files.")
    List<String> inputs;

    @Mixin
    SourcesOption sources;

    @Option(names = "--allow-private", description = "Allow fetching loopback and private addresses.")
    boolean allowPrivate;

    @Option(names = "--id-from-file", description = "With --json, set id to the file name without extension (for scoring against gold sets).")
    boolean idFromFile;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = common.workspace()) {
            var fetch = ws.settings().fetch().withAllowPrivate(allowPrivate || ws.settings().fetch().allowPrivate());
            PageReader reader = new PageReader(fetch);
            ArticleExtractor extractor = ws.extractor();
            ws.useSources(SourcesFile.load(sources.file(common.dataDir())));
            int failed = 0;
            for (String input : inputs) {
                try {
                    Page page = reader.read(input);
                    Article a = extractor.extract(page, ws.hints().forUrl(page.url()));
                    if (idFromFile && !input.contains("://")) a = a.withId(PageReader.baseName(input));
                    print(a);
                } catch (PageReader.ReadException e) {
                    failed++;
                    Output.failure(common.spec, e.failure());
                } catch (ExtractionException e) {
                    failed++;
                    Output.failure(common.spec, new Failure(input, Failure.Stage.EXTRACT, e.getMessage()));
                }
            }
            return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }

    private void print(Article a) {
        PrintWriter out = common.out();
        if (common.json) {
            JsonLines.print(out, JsonLines.article(a));
            return;
        }
        out.printf("url:           %s%ncanonical_url: %s%ntitle:         %s%npublished:     %s (%s)%n",
                a.url(), a.canonicalUrl(), a.title(), a.published() == null ? "unknown" : a.published(), a.dateSource());
        if (a.modified() != null) out.printf("modified:      %s%n", a.modified());
        out.printf("source:        %s%nsite:          %s%nlang:          %s%n", a.source(), a.site(), a.lang());
        if (a.author() != null) out.printf("author:        %s%n", a.author());
        if (a.paywalled()) out.println("paywalled:     true");
        if (!a.indexable()) out.println("indexable:     false (noindex)");
        out.printf("%n%s%n%n", a.body());
        out.flush();
    }
}
