package io.newsradar.cli;

import io.newsradar.pipeline.Workspace;

import java.io.IOException;
import java.util.List;

/** Resolves a theme name as typed (case-insensitive) to the name in the themes file. */
final class ThemeNames {
    private ThemeNames() {
    }

    /** @throws UserException listing the known themes when none matches */
    static String check(Workspace ws, String typed) throws IOException {
        List<String> names = ws.themeNames();
        for (String name : names) {
            if (name.equalsIgnoreCase(typed.strip())) return name;
        }
        StringBuilder known = new StringBuilder();
        for (String name : names) known.append(known.isEmpty() ? "" : "; ").append(name);
        throw new UserException("unknown theme '" + typed + "' in " + ws.themesSource() + " (known: " + known + ")");
    }
}
