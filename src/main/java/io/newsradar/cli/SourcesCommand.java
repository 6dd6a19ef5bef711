package io.newsradar.cli;

import io.newsradar.config.Durations;
import io.newsradar.config.Settings;
import io.newsradar.pipeline.AdaptivePoll;
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
                "  newsradar sources add nhk --feed https://www3.nhk.or.jp/rss/news/cat0.xml \\",
                "      --lang ja --zone Asia/Tokyo --poll 30m",
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
            footer = {"", "Example:", "  newsradar sources add reuters --poll 15m --sitemap \\",
                    "  'https://www.reuters.com/arc/outboundfeeds/news-sitemap-index/?outputType=xml'"})
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
        @Option(names = "--poll", paramLabel = "DURATION", description = "First poll interval: 15m, 2h, 1d. Default: 1h.")
        String poll;
        @Option(names = "--min-poll", paramLabel = "DURATION", description = "Shortest adaptive interval. Default: poll.min of the config (5m).")
        String minPoll;
        @Option(names = "--max-poll", paramLabel = "DURATION", description = "Longest adaptive interval. Default: poll.max of the config (6h).")
        String maxPoll;

        @Override
        public Integer call() throws Exception {
            Path file = sources.file(common.dataDir());
            Duration interval = duration("--poll", poll);
            List<Source> all = new ArrayList<>(SourcesFile.load(file));
            int at = indexOf(all, name);
            if (at < 0 && feeds.isEmpty() && sitemaps.isEmpty() && seeds.isEmpty()) {
                throw new UserException("source '" + name + "' needs at least one --feed, --sitemap or --seed");
            }
            LinkRules links = include.isEmpty() && exclude.isEmpty() && depth == null ? null
                    : new LinkRules(include, exclude, depth != null ? depth : at >= 0 ? all.get(at).links().depth() : 1);
            Source merged = at >= 0 ? all.get(at).merge(feeds, sitemaps, seeds, links, lang, zone, interval)
                    : new Source(name, feeds, sitemaps, seeds, links, lang, zone, interval);
            merged = merged.withPollBounds(duration("--min-poll", minPoll), duration("--max-poll", maxPoll));
            if (at >= 0) all.set(at, merged);
            else all.add(merged);
            SourcesFile.save(file, all);
            ListSources.print(common, List.of(merged), null, null);
            return ExitCodes.OK;
        }

        private static Duration duration(String option, String text) {
            return text == null ? null : Durations.parse(text)
                    .orElseThrow(() -> new UserException(option + ": not a duration such as 15m, 2h, 1d: " + text));
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
            AdaptivePoll rule = AdaptivePoll.of(Settings.load(common.dataDir().resolve("config.yaml")).poll());
            print(common, all, new SourcePolls(common.dataDir(), rule), rule);
            return ExitCodes.OK;
        }

        /** @param polls poll state and {@code rule} its adaptation, or both null (a source just added) */
        static void print(CommonOptions common, List<Source> list, SourcePolls polls, AdaptivePoll rule) {
            for (Source s : list) {
                Instant last = polls == null ? null : polls.lastPoll(s.name()).orElse(null);
                Duration every = polls == null ? null : polls.interval(s);
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
                    n.put("min_poll", s.minPoll() == null ? null : SourcesFile.format(s.minPoll()));
                    n.put("max_poll", s.maxPoll() == null ? null : SourcesFile.format(s.maxPoll()));
                    n.put("last_poll", last == null ? null : last.toString());
                    if (polls != null) {
                        n.put("interval_seconds", every.toSeconds());
                        n.put("adaptive", rule.enabled());
                        n.put("next_due", last == null ? null : polls.nextDue(s).toString());
                    }
                    if (!s.extract().isEmpty()) n.put("extract", hints(s));
                    JsonLines.print(common.out(), n);
                    continue;
                }
                var out = common.out();
                out.printf("%s  (poll %s%s%s%s%s)%n", s.name(), SourcesFile.format(s.poll()), adaptive(s, every, last, rule),
                        s.lang() == null ? "" : ", lang " + s.lang(), s.zone() == null ? "" : ", zone " + s.zone(),
                        polls == null ? "" : last == null ? ", never polled"
                                : ", last polled " + last + ", next due " + polls.nextDue(s));
                s.feeds().forEach(u -> out.printf("  feed     %s%n", u));
                s.sitemaps().forEach(u -> out.printf("  sitemap  %s%n", u));
                s.seeds().forEach(u -> out.printf("  seed     %s%n", u));
                s.links().include().forEach(p -> out.printf("  include  %s%n", p));
                s.links().exclude().forEach(p -> out.printf("  exclude  %s%n", p));
                if (s.links().depth() != 1) out.printf("  depth    %d%n", s.links().depth());
                if (!s.extract().isEmpty()) out.printf("  extract  %s%n", hints(s));
                out.flush();
            }
        }

        /** @return e.g. {@code , adaptive 5m..6h, now every 7m30s}, or nothing when not adaptive or not known */
        private static String adaptive(Source s, Duration every, Instant last, AdaptivePoll rule) {
            if (rule == null || !rule.enabled()) return "";
            return ", adaptive " + human(rule.min(s)) + ".." + human(rule.max(s)) + (last == null ? "" : ", now every " + human(every));
        }

        /** @return {@code 1h30m}, {@code 7m30s}, {@code 2d} */
        static String human(Duration d) {
            long s = d.toSeconds();
            StringBuilder b = new StringBuilder();
            long[] units = {86_400, 3600, 60, 1};
            String[] names = {"d", "h", "m", "s"};
            for (int i = 0; i < units.length; i++) {
                if (s >= units[i]) {
                    b.append(s / units[i]).append(names[i]);
                    s %= units[i];
                }
            }
            return b.isEmpty() ? "0s" : b.toString();
        }

        private static String hints(Source s) {
            var h = s.extract();
            List<String> parts = new ArrayList<>();
            if (h.content() != null) parts.add("content " + h.content());
            if (!h.remove().isEmpty()) parts.add("remove " + String.join(", ", h.remove()));
            if (h.title() != null) parts.add("title " + h.title());
            if (h.date() != null) parts.add("date " + h.date());
            parts.add("on " + String.join(", ", s.hintHosts()));
            return String.join("; ", parts);
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
