package io.newsradar.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One scheduled digest of the {@code digest.definitions} list.
 *
 * @param name     state is kept per name; 1-64 of {@code A-Z a-z 0-9 _ -}
 * @param themes   theme names as in the themes file; empty means all themes
 * @param schedule Unix cron expression, 5 fields (minute hour day-of-month month day-of-week), read in
 *                 {@code timezone}; e.g. {@code "0 7 * * *"} for 07:00 every day
 * @param timezone IANA zone of the schedule, the window and printed times; null means {@code digest.timezone}
 * @param window   {@code last} (since the previous delivered digest of this name; missed runs are covered by one
 *                 digest), {@code previous_calendar_day}, or a duration such as {@code 24h}; default {@code last}
 * @param formats  of {@code md}, {@code html}, {@code json}, {@code atom}; default {@code [md]}
 * @param outputs  where it goes; at least one
 */
public record DigestDefinition(
        @JsonProperty("name") String name,
        @JsonProperty("themes") List<String> themes,
        @JsonProperty("schedule") String schedule,
        @JsonProperty("timezone") String timezone,
        @JsonProperty("window") String window,
        @JsonProperty("formats") List<String> formats,
        @JsonProperty("outputs") Outputs outputs) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern WINDOW = Pattern.compile("last|previous_calendar_day|yesterday|\\d{1,6}\\s*[mhdw]");
    private static final Set<String> FORMATS = Set.of("md", "markdown", "html", "json", "atom", "xml");
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    public DigestDefinition {
        String key = "digest.definitions." + name;
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConfigException("digest.definitions", "name must be 1-64 letters, digits, '_' or '-', was " + name);
        }
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (schedule == null || schedule.isBlank()) throw new ConfigException(key + ".schedule", "missing (e.g. \"0 7 * * *\")");
        try {
            CRON.parse(schedule).validate();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ".schedule", "not a 5-field cron expression: " + schedule + " (" + e.getMessage() + ")");
        }
        if (timezone != null) Settings.checkZone(key + ".timezone", timezone);
        window = window == null ? "last" : window.strip().toLowerCase(Locale.ROOT);
        if (!WINDOW.matcher(window).matches()) {
            throw new ConfigException(key + ".window", "must be last, previous_calendar_day or a duration such as 24h; was " + window);
        }
        formats = formats == null || formats.isEmpty() ? List.of("md") : List.copyOf(formats);
        for (String f : formats) {
            if (!FORMATS.contains(f.toLowerCase(Locale.ROOT))) throw new ConfigException(key + ".formats", "unknown format " + f + " (md, html, json, atom)");
        }
        if (outputs == null || outputs.isEmpty()) throw new ConfigException(key + ".outputs", "give at least one of file, email, webhook");
    }

    /**
     * @param file    path pattern, relative to the data directory unless absolute; placeholders {@code {name}},
     *                {@code {date}} (window end, yyyy-MM-dd in the digest zone), {@code {time}} (HHmm) and
     *                {@code {ext}} (one file per format); null for no file
     * @param email   recipients; the message is multipart: text (Markdown) and HTML; empty for no e-mail
     * @param webhook http(s) URL the JSON digest is POSTed to; null for none
     */
    public record Outputs(@JsonProperty("file") String file, @JsonProperty("email") List<String> email,
                          @JsonProperty("webhook") String webhook) {
        public Outputs {
            file = file == null || file.isBlank() ? null : file;
            email = email == null ? List.of() : List.copyOf(email);
            for (String to : email) {
                if (!to.matches("[^@\\s]+@[^@\\s]+")) throw new ConfigException("digest.definitions.outputs.email", "not an address: " + to);
            }
            webhook = webhook == null || webhook.isBlank() ? null : webhook.strip();
            if (webhook != null && !webhook.matches("(?i)https?://\\S+")) {
                throw new ConfigException("digest.definitions.outputs.webhook", "must be an http(s) URL: " + webhook);
            }
        }

        boolean isEmpty() {
            return file == null && email.isEmpty() && webhook == null;
        }
    }
}
