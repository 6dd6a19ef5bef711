package io.newsradar.cli;

import io.newsradar.model.Failure;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** Where a command writes: results to the command's out writer, failures one per line to its err writer. */
final class Output {
    private Output() {
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }

    static void failure(CommandSpec spec, Failure f) {
        PrintWriter err = err(spec);
        err.println(f.line());
        err.flush();
    }
}
