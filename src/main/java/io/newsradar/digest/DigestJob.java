package io.newsradar.digest;

import io.newsradar.config.DigestDefinition;
import io.newsradar.config.Settings;

import java.time.ZoneId;
import java.util.List;

/**
 * What one digest run reports, independent of where it goes.
 *
 * @param name     digest name (state key); 1-64 of {@code A-Z a-z 0-9 _ -}
 * @param themes   theme names; empty means all themes of the themes file
 * @param window   {@code last}, {@code previous_calendar_day} or a duration ({@link DigestWindow})
 * @param zone     zone of the window and the printed times
 * @param formats  formats to render, at least one
 * @param perTheme articles listed per theme at most, 1..1000
 */
public record DigestJob(String name, List<String> themes, String window, ZoneId zone, List<DigestFormat> formats, int perTheme) {
    public DigestJob {
        DigestState.checkName(name);
        themes = List.copyOf(themes);
        formats = List.copyOf(formats);
        if (formats.isEmpty()) throw new IllegalArgumentException("digest " + name + ": no format");
        if (perTheme < 1 || perTheme > 1000) throw new IllegalArgumentException("per-theme must be 1..1000, was " + perTheme);
    }

    /** @return the job of a configured digest */
    public static DigestJob of(DigestDefinition d, Settings.DigestSettings s) {
        return new DigestJob(d.name(), d.themes(), d.window(), s.zoneOf(d),
                d.formats().stream().map(DigestFormat::parse).distinct().toList(), s.perTheme());
    }
}
