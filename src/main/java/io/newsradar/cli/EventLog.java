package io.newsradar.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The event log of long-running commands ({@code watch}): {@code java.util.logging} loggers named
 * {@code newsradar.COMPONENT}, written one event per line to the command's stderr as
 * <pre>
 * 2026-11-30T07:00:03.481Z INFO  digest morning: window 2026-11-28T22:00:00Z to 2026-11-29T22:00:00Z, 34 articles, ...
 * </pre>
 * Fields, separated by one space: the time (RFC 3339, UTC, milliseconds, {@code Z}); the level ({@code ERROR},
 * {@code WARN}, {@code INFO}, {@code DEBUG}; padded to 5 characters); the component ({@code watch}, {@code crawl},
 * {@code digest}); the message (line breaks escaped as {@code \n}, so one event is always one line).
 */
final class EventLog implements AutoCloseable {
    /** Parent of every newsradar logger. */
    static final String ROOT = "newsradar";
    private final Logger root;
    private final Handler handler;

    private EventLog(Logger root, Handler handler) {
        this.root = root;
        this.handler = handler;
    }

    /** @return the logger of one component ({@code watch}, {@code crawl}, {@code digest}) */
    static Logger logger(String component) {
        return Logger.getLogger(ROOT + "." + component);
    }

    /**
     * Sends the {@code newsradar.*} loggers, from INFO up, to {@code err} in the line format above (and not to the
     * JVM's default console handler) until {@link #close()}.
     */
    static EventLog install(PrintWriter err) {
        Logger root = Logger.getLogger(ROOT);
        Handler h = new WriterHandler(err);
        h.setFormatter(new LineFormat());
        root.setUseParentHandlers(false);
        root.setLevel(Level.INFO);
        root.addHandler(h);
        return new EventLog(root, h);
    }

    @Override
    public void close() {
        handler.flush();
        root.removeHandler(handler);
        root.setUseParentHandlers(true);
    }

    /** One line per record: time, level, component, message. */
    static final class LineFormat extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
                .withZone(ZoneOffset.UTC);

        @Override
        public String format(LogRecord r) {
            String message = formatMessage(r);
            if (r.getThrown() != null) message += ": " + r.getThrown();
            return TIME.format(r.getInstant()) + " " + String.format("%-5s", level(r.getLevel())) + " "
                    + component(r.getLoggerName()) + " " + oneLine(message) + System.lineSeparator();
        }

        static String level(Level l) {
            int v = l.intValue();
            if (v >= Level.SEVERE.intValue()) return "ERROR";
            if (v >= Level.WARNING.intValue()) return "WARN";
            if (v >= Level.INFO.intValue()) return "INFO";
            return "DEBUG";
        }

        private static String component(String logger) {
            if (logger == null || logger.isEmpty()) return "-";
            return logger.startsWith(ROOT + ".") ? logger.substring(ROOT.length() + 1) : logger;
        }

        private static String oneLine(String s) {
            return s.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        }
    }

    /** Writes formatted records to a {@link PrintWriter} and flushes each (the log is followed live). */
    private static final class WriterHandler extends Handler {
        private final PrintWriter out;

        WriterHandler(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (!isLoggable(r)) return;
            out.print(getFormatter().format(r));
            out.flush();
        }

        @Override
        public synchronized void flush() {
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
