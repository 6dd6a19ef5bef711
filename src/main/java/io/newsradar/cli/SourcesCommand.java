package io.newsradar.cli;

import io.newsradar.config.Durations;
import io.newsradar.pipeline.SourcePolls;
import io.newsradar.sources.LinkRules;
import io.newsradar.sources.Source;
import io.newsradar.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Edit and list the sources file (DIR/sources.yaml, or --sources FILE): the feeds, sitemaps and "
                + "seed pages that 'newsradar crawl' (with no URLs) and 'newsradar watch' poll.",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class},
        footer = {"", "Examples:",
                "  newsradar sources add nhk --feed https://www3.nhk.or.jp/rss/news/cat0.xml --lang ja --zone Asia/Tokyo --poll 30m",
                "  newsradar sources list", "  newsradar sources remove nhk"})
final class SourcesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a source, or add URLs and hints to an existing one.",
            footer = {"", "Example:", "  newsradar sources add reuters --sitemap https://www.reuters.com/arc/outboundfeeds/news-sitemap-index/?outputType=xml --poll 15m"})
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SourcesOption sources;
        @Parameters(index = "0", paramLabel = "NAME", description = "Source name: lower-case letters, digits, . _ -")
        String name;
        @Option(names = "--feed", paramLabel = "URL", description = "RSS/Atom feed (repeatable).")
        List<String> feeds = new ArrayList<>();
        @Option(names = "--sitemap", paramLabel = "URL", description = "Sitemap or sitemap index (repeatable).")
        List<String> sitemaps = new ArrayList<>();
        @Option(names = "--seed", paramLabel = "URL", description = "Seed (section) page whose same-site links are articles (repeatable).")
        List<String> seeds = new ArrayList<>();
        @Option(names = "--include", paramLabel = "REGEX", description = "A seed page's link must contain one of these (repeatable). Default: any same-site link.")
        List<String> include = new ArrayList<>();
        @Option(names = "--exclude", paramLabel = "REGEX", description = "A seed page's link must contain none of these (repeatable).")
        List<String> exclude = new ArrayList<>();
        @Option(names = "--depth", paramLabel = "N", description = "1: the seeds' own links (default); 2-3: also the links of the section pages they lead to.")
        Integer depth;
        @Option(names = "--lang", paramLabel = "CODE", description = "Language hint, e.g. ja, en, zh.")
        String lang;
        @Option(names = "--zone", paramLabel = "ZONE", description = "IANA time zone of the outlet, e.g. Asia/Tokyo.")
        String zone;
        @Option(names = "--poll", paramLabel = "DURATION", description = "Poll interval: 15m, 2h, 1d. Default: 1h.")
        String poll;

        @Override
        public Integer call() throws Exception {
            Path file = sources.file(common.dataDir());
            Duration interval = poll == null ? null : Durations.parse(poll)
                    .orElseThrow(() -> new UserException("--poll: not a duration such as 15m, 2h, 1d: " + poll));
            List<Source> all = new ArrayList<>(SourcesFile.load(file));
            int at = indexOf(all, name);
            if (at < 0 && feeds.isEmpty() && sitemaps.isEmpty() && seeds.isEmpty()) {
                throw new UserException("source '" + name + "' needs at least one --feed, --sitemap or --seed");
            }
            LinkRules links = include.isEmpty() && exclude.isEmpty() && depth == null ? null
                    : new LinkRules(include, exclude, depth != null ? depth : at >= 0 ? all.get(at).links().depth() : 1);
            Source merged = at >= 0 ? all.get(at).merge(feeds, sitemaps, seeds, links, lang, zone, interval)
                    : new Source(name, feeds, sitemaps, seeds, links, lang, zone, interval);
            if (at >= 0) all.set(at, merged);
            else all.add(merged);
            SourcesFile.save(file, all);
            ListSources.print(common, List.of(merged), null);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the sources with their URLs, hints, poll interval and when each was last polled.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SourcesOption sources;

        @Override
        public Integer call() throws Exception {
            List<Source> all = SourcesFile.load(sources.file(common.dataDir()));
            if (all.isEmpty() && !common.json) {
                common.out().println("no sources in " + sources.file(common.dataDir()) + " (add one with 'newsradar sources add')");
                common.out().flush();
            }
            print(common, all, new SourcePolls(common.dataDir()));
            return ExitCodes.OK;
        }

        static void print(CommonOptions common, List<Source> list, SourcePolls polls) {
            for (Source s : list) {
                Instant last = polls == null ? null : polls.lastPoll(s.name()).orElse(null);
                if (common.json) {
                    var n = JsonLines.object();
                    n.put("name", s.name());
                    s.feeds().forEach(n.putArray("feeds")::add);
                    s.sitemaps().forEach(n.putArray("sitemaps")::add);
                    s.seeds().forEach(n.putArray("seeds")::add);
                    s.links().include().forEach(n.putArray("include")::add);
                    s.links().exclude().forEach(n.putArray("exclude")::add);
                    n.put("depth", s.links().depth());
                    n.put("lang", s.lang());
                    n.put("zone", s.zone());
                    n.put("poll", SourcesFile.format(s.poll()));
                    n.put("last_poll", last == null ? null : last.toString());
                    JsonLines.print(common.out(), n);
                    continue;
                }
                var out = common.out();
                out.printf("%s  (poll %s%s%s%s)%n", s.name(), SourcesFile.format(s.poll()),
                        s.lang() == null ? "" : ", lang " + s.lang(), s.zone() == null ? "" : ", zone " + s.zone(),
                        polls == null ? "" : last == null ? ", never polled" : ", last polled " + last);
                s.feeds().forEach(u -> out.printf("  feed     %s%n", u));
                s.sitemaps().forEach(u -> out.printf("  sitemap  %s%n", u));
                s.seeds().forEach(u -> out.printf("  seed     %s%n", u));
                s.links().include().forEach(p -> out.printf("  include  %s%n", p));
                s.links().exclude().forEach(p -> out.printf("  exclude  %s%n", p));
                if (s.links().depth() != 1) out.printf("  depth    %d%n", s.links().depth());
                out.flush();
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source (its crawled articles stay).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Mixin
        SourcesOption sources;
        @Parameters(index = "0", paramLabel = "NAME", description = "The source to remove.")
        String name;

        @Override
        public Integer call() throws Exception {
            Path file = sources.file(common.dataDir());
            List<Source> all = new ArrayList<>(SourcesFile.load(file));
            int at = indexOf(all, name);
            if (at < 0) throw new UserException("no source named '" + name + "' in " + file);
            all.remove(at);
            SourcesFile.save(file, all);
            common.out().println("removed " + name + " from " + file);
            common.out().flush();
            return ExitCodes.OK;
        }
    }

    static int indexOf(List<Source> all, String name) {
        for (int i = 0; i < all.size(); i++) if (all.get(i).name().equals(name)) return i;
        return -1;
    }
}
