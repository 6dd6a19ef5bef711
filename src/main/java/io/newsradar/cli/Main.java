package io.newsradar.cli;

import picocli.CommandLine;

/** Entry point of {@code newsradar}: parses the command line and exits with the command's status. */
public final class Main {
    /** Lucene's notice that the incubating Vector API is not enabled is not for analysts; kept referenced. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

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
        HelpLayout.install(cl);
        return cl;
    }
}
