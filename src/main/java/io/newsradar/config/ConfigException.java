package io.newsradar.config;

/**
 * A config or input file that cannot be used: names the file or key and says why, in one line.
 * The CLI turns it into exit status 2 without a stack trace.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String where, String why) {
        super(where + ": " + why);
    }

    public ConfigException(String where, String why, Throwable cause) {
        super(where + ": " + why, cause);
    }
}
