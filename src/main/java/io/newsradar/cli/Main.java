package io.newsradar.cli;

import picocli.CommandLine;

/** Entry point of {@code newsradar}: parses the command line and exits with the command's status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line in process and returns its exit status (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** @return the configured picocli command line, writing to {@code System.out} and {@code System.err} */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsradarCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ErrorHandler.Usage());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
