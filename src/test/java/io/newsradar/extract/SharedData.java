package io.newsradar.extract;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (system property {@code newsradar.shared}); tests skip when it is absent. */
final class SharedData {
    private SharedData() { }

    static Path dir() {
        Path p = Path.of(System.getProperty("newsradar.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("corpus")), "shared test data absent at " + p + ": skipping");
        return p;
    }
}
