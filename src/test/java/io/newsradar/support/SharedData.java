package io.newsradar.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (system property {@code newsradar.shared}); tests skip with a message when absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("newsradar.shared", "../shared"));
    }

    /** @return {@code shared/<relative>}, skipping the calling test when it does not exist */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared test data absent (" + p + "): skipping");
        return p;
    }
}
