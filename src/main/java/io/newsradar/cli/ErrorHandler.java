package io.newsradar.cli;

import io.newsradar.config.ConfigException;
import io.newsradar.index.syntax.QueryException;
import io.newsradar.themes.ThemesException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns an exception that escaped a command into one line on stderr and an exit status: user errors
 * (bad config, themes file, query, option value) exit {@value ExitCodes#USAGE}; I/O problems and bugs exit
 * {@value ExitCodes#INTERNAL}; a data directory held by another process exits {@value ExitCodes#BUSY}. A stack trace is printed only with {@code NEWSRADAR_DEBUG=1}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (System.getenv("NEWSRADAR_DEBUG") != null) e.printStackTrace(cl.getErr());
        String name = cl.getCommandName();
        if (e instanceof DataLocks.BusyException) {
            cl.getErr().println(name + ": " + e.getMessage());
            return ExitCodes.BUSY;
        }
        if (e instanceof QueryException q && q.column() > 0 && !q.getMessage().contains("column")) {
            cl.getErr().println(name + ": " + q.getMessage() + " (column " + q.column() + ")");
            return ExitCodes.USAGE;
        }
        if (isUserError(e)) {
            cl.getErr().println(name + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            cl.getErr().println(name + ": I/O error: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        cl.getErr().println(name + ": internal error: " + e + " (set NEWSRADAR_DEBUG=1 for the stack trace)");
        return ExitCodes.INTERNAL;
    }

    static boolean isUserError(Throwable e) {
        return e instanceof ConfigException || e instanceof QueryException || e instanceof IllegalArgumentException
                || e instanceof ThemesException || e instanceof UserException;
    }

    /** Bad options or parameters: the message and a hint, exit {@value ExitCodes#USAGE}. */
    static final class Usage implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println(cl.getCommandName() + ": " + e.getMessage());
            cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        }
    }
}
