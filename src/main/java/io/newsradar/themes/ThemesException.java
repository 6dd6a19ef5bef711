package io.newsradar.themes;

/**
 * A themes file that cannot be used: a YAML syntax error, an unknown key or alias set, an unbalanced or
 * too expensive query. The message is one line, {@code file:line: why}, fit to show to a user as is; the CLI
 * turns it into exit status 2 and keeps the previous tagging.
 */
public class ThemesException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    /**
     * @param file   the themes file as the user named it (or {@code themes-default.yaml})
     * @param line   1-based line of the offending node, 0 when unknown
     * @param reason what is wrong, one line
     */
    public ThemesException(String file, int line, String reason) {
        super(format(file, line, reason));
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    private static String format(String file, int line, String reason) {
        String oneLine = reason == null ? "invalid" : reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return line > 0 ? file + ":" + line + ": " + oneLine : file + ": " + oneLine;
    }

    /** @return the file the error is in */
    public String file() {
        return file;
    }

    /** @return 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the reason without the location prefix */
    public String reason() {
        return reason;
    }
}
