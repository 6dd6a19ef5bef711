package io.newsradar.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchLockTest {
    @TempDir
    Path data;

    @Test
    void aSecondTakerLearnsWhoHoldsTheDirectory() throws Exception {
        long pid = ProcessHandle.current().pid();
        try (WatchLock held = WatchLock.acquire(data, "watch")) {
            assertThat(Files.readString(data.resolve(WatchLock.FILE))).isEqualTo(pid + " watch\n");
            assertThat(WatchLock.holder(data)).contains(new WatchLock.Holder(pid, "watch"));
            assertThatThrownBy(() -> WatchLock.acquire(data, "crawl"))
                    .isInstanceOfSatisfying(WatchLock.HeldException.class, e -> {
                        assertThat(e.holder()).isEqualTo(new WatchLock.Holder(pid, "watch"));
                        assertThat(e.getMessage()).isEqualTo(data + " is in use by newsradar watch (PID " + pid
                                + "); lock file " + data.resolve("watch.lock"));
                    });
        }
        assertThat(WatchLock.holder(data)).as("released on close").isEmpty();
        try (WatchLock again = WatchLock.acquire(data, "themes apply")) {
            assertThat(WatchLock.holder(data)).contains(new WatchLock.Holder(pid, "themes-apply"));
            assertThat(WatchLock.holder(data).orElseThrow().describe()).isEqualTo("newsradar themes apply (PID " + pid + ")");
        }
    }

    @Test
    void aDirectoryNeverLockedHasNoHolderAndAnOldPidOnlyFileStillNamesThePid() throws Exception {
        assertThat(WatchLock.holder(data)).isEmpty();
        assertThat(data.resolve(WatchLock.FILE)).doesNotExist();
        Files.writeString(data.resolve(WatchLock.FILE), "4242\n");
        try (WatchLock held = WatchLock.acquire(data)) {
            // the file was rewritten by the holder; an old-format line parses as PID alone
            assertThat(new WatchLock.Holder(4242, null).describe()).isEqualTo("another newsradar process (PID 4242)");
            assertThat(new WatchLock.Holder(-1, "crawl").describe()).isEqualTo("newsradar crawl");
        }
    }
}
