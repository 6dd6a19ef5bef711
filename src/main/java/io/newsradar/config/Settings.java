package io.newsradar.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * All settings, read once from YAML into immutable records. The defaults are the bundled resource
 * {@code newsradar-default.yaml} (every key documented there); a {@code config.yaml} in the data directory
 * overrides any of them, section by section. Unknown keys are rejected with the file and key named.
 *
 * @param fetch   HTTP fetching and politeness
 * @param extract article extraction
 * @param digest  digest rendering
 * @param poll    adaptive poll intervals of the configured sources
 */
public record Settings(
        @JsonProperty("fetch") FetchSettings fetch,
        @JsonProperty("extract") ExtractSettings extract,
        @JsonProperty("digest") DigestSettings digest,
        @JsonProperty("poll") PollSettings poll) {

    public static final String DEFAULT_RESOURCE = "/newsradar-default.yaml";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static volatile Settings defaults;

    public Settings {
        if (fetch == null || extract == null || digest == null || poll == null) throw new ConfigException("config", "a section is missing");
    }

    /**
     * The {@code digest:} section.
     *
     * @param timezone         IANA zone digests are cut and printed in (when a definition names none)
     * @param perTheme         articles listed per theme at most (1..1000); the rest are counted
     * @param smtp             mail server for e-mail outputs
     * @param webhookTimeoutMs time allowed for a webhook POST, milliseconds
     * @param lateCommitGraceMinutes how far a window continuing the previous one looks back for articles first
     *                         seen before the previous run but committed to the index after it (0..1440)
     * @param definitions      scheduled digests; names unique
     */
    public record DigestSettings(@JsonProperty("timezone") String timezone,
                                 @JsonProperty("per_theme") int perTheme,
                                 @JsonProperty("late_commit_grace_minutes") int lateCommitGraceMinutes,
                                 @JsonProperty("smtp") SmtpSettings smtp,
                                 @JsonProperty("webhook_timeout_ms") int webhookTimeoutMs,
                                 @JsonProperty("definitions") java.util.List<DigestDefinition> definitions) {
        public DigestSettings {
            checkZone("digest.timezone", timezone);
            if (perTheme < 1 || perTheme > 1000) throw new ConfigException("digest.per_theme", "must be 1..1000, was " + perTheme);
            if (smtp == null) throw new ConfigException("digest.smtp", "section missing");
            if (webhookTimeoutMs < 1) throw new ConfigException("digest.webhook_timeout_ms", "must be positive");
            if (lateCommitGraceMinutes < 0 || lateCommitGraceMinutes > 1440) {
                throw new ConfigException("digest.late_commit_grace_minutes", "must be 0..1440, was " + lateCommitGraceMinutes);
            }
            definitions = definitions == null ? java.util.List.of() : java.util.List.copyOf(definitions);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (DigestDefinition d : definitions) {
                if (!names.add(d.name())) throw new ConfigException("digest.definitions", "name used twice: " + d.name());
            }
        }

        public ZoneId zone() {
            return ZoneId.of(timezone);
        }

        /** @return the zone of {@code d}: its own, else {@link #timezone()} */
        public ZoneId zoneOf(DigestDefinition d) {
            return ZoneId.of(d.timezone() == null ? timezone : d.timezone());
        }

        /** @return the definition named {@code name} */
        public java.util.Optional<DigestDefinition> definition(String name) {
            return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
        }
    }

    /** @return the bundled defaults */
    public static Settings defaults() {
        Settings d = defaults;
        if (d == null) {
            try (InputStream in = Settings.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) throw new IllegalStateException(DEFAULT_RESOURCE + " missing from the jar");
                d = parse(YAML.readTree(in), DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
            }
            defaults = d;
        }
        return d;
    }

    /**
     * Loads the defaults overlaid with {@code file} when it exists.
     *
     * @throws ConfigException when the file is not valid YAML, has an unknown key or a bad value
     */
    public static Settings load(Path file) {
        try (InputStream in = Settings.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            ObjectNode merged = (ObjectNode) YAML.readTree(in);
            if (file != null && Files.isRegularFile(file)) {
                JsonNode user = YAML.readTree(file.toFile());
                if (user != null && !user.isNull() && !user.isMissingNode()) {
                    if (!user.isObject()) throw new ConfigException(file.toString(), "must be a YAML mapping");
                    merge(merged, (ObjectNode) user, file.toString(), "");
                }
            }
            return parse(merged, file == null ? DEFAULT_RESOURCE : file.toString());
        } catch (JacksonException e) {
            throw new ConfigException(String.valueOf(file), oneLine(e));
        } catch (IOException e) {
            throw new ConfigException(String.valueOf(file), "cannot read: " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode over, String file, String prefix) {
        for (var e : over.properties()) {
            String key = prefix + e.getKey();
            JsonNode old = base.get(e.getKey());
            if (old == null) throw new ConfigException(file, "unknown key '" + key + "'");
            if (old.isObject() && e.getValue().isObject() && !key.endsWith("connect_to")
                    && !key.contains("zone_by")) {
                merge((ObjectNode) old, (ObjectNode) e.getValue(), file, key + ".");
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static Settings parse(JsonNode tree, String where) {
        try {
            return YAML.treeToValue(tree, Settings.class);
        } catch (JacksonException e) {
            Throwable c = e.getCause();
            if (c instanceof ConfigException ce) throw ce;
            throw new ConfigException(where, oneLine(e));
        }
    }

    private static String oneLine(JacksonException e) {
        String m = e.getOriginalMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static void checkZone(String key, String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw new ConfigException(key, "not an IANA time zone: " + zone);
        }
    }
}
