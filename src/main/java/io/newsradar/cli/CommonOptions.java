package io.newsradar.cli;

import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;

/** Options and helpers every command shares: {@code --json}, the data directory, the summary line. */
final class CommonOptions {
    @Option(names = "--json", description = "Print one JSON object per line instead of text.")
    boolean json;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    /** @return the data directory from the root command's {@code --data} (inherited), env or default */
    java.nio.file.Path dataDir() {
        CommandSpec root = spec.root();
        return ((NewsradarCommand) root.userObject()).dataDir();
    }

    Workspace workspace() throws IOException {
        return Workspace.open(dataDir(), clock);
    }

    PrintWriter out() {
        return Output.out(spec);
    }

    /** Prints the run summary: one line of text, or one JSON object. */
    void summary(String what, long inputs, long added, long updated, long skipped, long failed) {
        if (json) {
            var n = JsonLines.object();
            n.put("summary", what);
            n.put("inputs", inputs);
            n.put("added", added);
            n.put("updated", updated);
            n.put("skipped", skipped);
            n.put("failed", failed);
            JsonLines.print(out(), n);
        } else {
            out().printf("%s: %d inputs, %d articles added, %d updated, %d skipped, %d failed%n",
                    what, inputs, added, updated, skipped, failed);
            out().flush();
        }
    }
}
