package io.newsradar.digest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestStateTest {
    @Test
    void anUndeliveredFirstWindowIsRetriedFromItsStartButStaysDue(@TempDir Path dir) throws Exception {
        DigestState s = new DigestState(dir);
        s.delivering("daily", Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(s.lastDelivered("daily")).contains(Instant.parse("2025-02-01T00:00:00Z"));
        assertThat(s.lastRun("daily")).isEmpty();
        s.delivered("daily", Instant.parse("2025-02-02T00:00:00Z"), Instant.parse("2025-02-02T00:00:05Z"), 3);
        s.delivering("daily", Instant.parse("2025-02-02T00:00:00Z")); // changes nothing once delivered
        assertThat(s.lastDelivered("daily")).contains(Instant.parse("2025-02-02T00:00:00Z"));
        assertThat(s.lastRun("daily")).contains(Instant.parse("2025-02-02T00:00:05Z"));
    }

    @Test
    void oneRunAtATime(@TempDir Path dir) throws Exception {
        DigestState s = new DigestState(dir);
        try (Closeable held = s.lock()) {
            assertThatThrownBy(s::lock).isInstanceOf(IllegalStateException.class).hasMessageContaining("digest.lock");
        }
        s.lock().close(); // free again
    }

    @Test
    void rejectsNamesThatCouldEscapeTheFolder() {
        assertThatThrownBy(() -> DigestState.checkName("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
