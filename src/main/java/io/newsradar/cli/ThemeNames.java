package io.newsradar.cli;

import io.newsradar.model.Theme;
import io.newsradar.pipeline.Workspace;

import java.io.IOException;

/** Resolves a theme name as typed (case-insensitive) to the name in the themes file. */
final class ThemeNames {
    private ThemeNames() {
    }

    /** @throws UserException listing the known themes when none matches */
    static String check(Workspace ws, String typed) throws IOException {
        for (Theme t : ws.themes()) {
            if (t.name().equalsIgnoreCase(typed.strip())) return t.name();
        }
        StringBuilder known = new StringBuilder();
        for (Theme t : ws.themes()) known.append(known.isEmpty() ? "" : "; ").append(t.name());
        throw new UserException("unknown theme '" + typed + "' in " + ws.themesSource() + " (known: " + known + ")");
    }
}
