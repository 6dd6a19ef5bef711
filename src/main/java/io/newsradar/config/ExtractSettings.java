package io.newsradar.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Settings of the {@code extract:} section.
 *
 * @param zoneByLanguage IANA zone used for local times without an offset, by page language
 *                       (default {@code ja: Asia/Tokyo, zh: Asia/Shanghai}); languages not listed use UTC
 * @param zoneByHost     IANA zone per host name, overriding the language rule (e.g. a Taiwanese site)
 */
public record ExtractSettings(
        @JsonProperty("zone_by_language") Map<String, String> zoneByLanguage,
        @JsonProperty("zone_by_host") Map<String, String> zoneByHost) {
    public ExtractSettings {
        zoneByLanguage = zoneByLanguage == null ? Map.of() : Map.copyOf(zoneByLanguage);
        zoneByHost = zoneByHost == null ? Map.of() : Map.copyOf(zoneByHost);
        for (var e : zoneByLanguage.entrySet()) Settings.checkZone("extract.zone_by_language." + e.getKey(), e.getValue());
        for (var e : zoneByHost.entrySet()) Settings.checkZone("extract.zone_by_host." + e.getKey(), e.getValue());
    }

    /** @return defaults as written in {@code newsradar-default.yaml} */
    public static ExtractSettings defaults() {
        return Settings.defaults().extract();
    }
}
