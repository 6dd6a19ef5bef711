package io.newsradar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples (a dozen English and Japanese news pages) into a fresh data "
                + "directory, then show the theme overview, a search and a digest.",
        footer = {"", "Examples:", "  ./newsradar demo", "  ./newsradar demo --dir /tmp/radar-demo"})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Fresh data directory to use (must not exist). Default: a new temporary folder.")
    Path dir;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample pages. Default: samples/ of the newsradar installation.")
    Path samples;

    @Override
    public Integer call() throws Exception {
        Path sampleDir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(sampleDir)) throw new UserException("samples folder not found: " + sampleDir + " (give --samples DIR)");
        if (dir != null && Files.exists(dir)) throw new UserException("--dir must not exist yet (the demo starts fresh): " + dir);
        Path data = dir != null ? dir : Files.createTempDirectory("newsradar-demo-");
        PrintWriter out = spec.commandLine().getOut();
        String d = data.toString();
        step(out, "Ingest the samples into " + d, "--data", d, "ingest", sampleDir.toString());
        step(out, "Themes and their article counts", "--data", d, "themes");
        step(out, "Search across languages: Nvidia OR エヌビディア", "--data", d, "search", "Nvidia OR エヌビディア", "--limit", "5");
        step(out, "Search: --theme DeepSeek, newest first", "--data", d, "search", "--theme", "DeepSeek", "--sort", "date", "--limit", "5");
        step(out, "Digest of everything first seen (indexed) in the last 24 hours: the samples, published from December "
                + "2024 to February 2025 (so the trend by publication date is flat); the first digest, so none is marked "
                + "'indexed late'", "--data", d, "digest", "--since", "24h", "--per-theme", "3", "--dry-run");
        out.printf("%nThe demo data stays in %s; try: ./newsradar --data %s search 'DeepSeek OR ディープシーク'%n", d, d);
        out.flush();
        return ExitCodes.OK;
    }

    private void step(PrintWriter out, String title, String... args) {
        out.printf("%n== %s%n$ newsradar %s%n", title, String.join(" ", args));
        out.flush();
        CommandLine cl = Main.commandLine();
        cl.setOut(out);
        cl.setErr(spec.commandLine().getErr());
        int code = cl.execute(args);
        if (code != ExitCodes.OK) throw new UserException("demo step failed with exit status " + code + ": " + title);
    }

    /** @return {@code samples/} of the installation ({@code newsradar.home}, set by the launcher), else ./samples */
    static Path defaultSamples() {
        String home = System.getProperty("newsradar.home");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }
}
