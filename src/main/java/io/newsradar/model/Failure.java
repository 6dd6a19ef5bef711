package io.newsradar.model;

/**
 * A failure at a stage boundary, kept as data so that a run can report it in one line and go on
 * (in the manner of StormCrawler's {@code persistence/Status}).
 *
 * @param input  what failed: a URL, a file path, {@code file:line} of a themes file; never blank
 * @param stage  where: {@link Stage}
 * @param reason one human sentence, without a stack trace; never blank
 */
public record Failure(String input, Stage stage, String reason) {
    public enum Stage { CONFIG, SOURCE, ROBOTS, FETCH, ARCHIVE, EXTRACT, INDEX, THEMES, QUERY, DIGEST }

    public Failure {
        if (input == null || input.isBlank()) throw new IllegalArgumentException("failure input is blank");
        if (stage == null) throw new IllegalArgumentException("failure stage is null");
        if (reason == null || reason.isBlank()) reason = "unknown error";
    }

    /** @return {@code input: stage: reason}, the one line a user sees */
    public String line() {
        return input + ": " + stage.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason;
    }
}
