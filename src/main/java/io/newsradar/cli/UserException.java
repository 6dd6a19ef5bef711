package io.newsradar.cli;

/** A mistake of the user's that a command detected itself (unknown theme, missing data directory...). */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
