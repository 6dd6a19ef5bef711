package io.newsradar;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (system property {@code newsradar.shared}); tests skip when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    /** @return the shared folder, or skips the calling test with a message when it is absent */
    public static Path require(String sub) {
        Path root = Path.of(System.getProperty("newsradar.shared", "../shared"));
        Path dir = root.resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " absent: skipping");
        return dir;
    }
}
