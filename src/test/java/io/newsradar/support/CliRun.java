package io.newsradar.support;

import io.newsradar.cli.Main;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the real command line in process, capturing what it prints.
 *
 * @param exit the exit status
 * @param out  standard output
 * @param err  standard error
 */
public record CliRun(int exit, String out, String err) {
    /** Runs {@code newsradar --data DATA args...} in process. */
    public static CliRun in(java.nio.file.Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    public static CliRun of(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
