package io.newsradar.cli;

import java.time.Duration;

/**
 * Gentle stop of a long-running command on SIGINT (Ctrl-C) and SIGTERM ({@code kill}, systemd, Docker):
 * handlers replace the JVM's default, so the command finishes its work, returns, and the process exits with the
 * command's status (0), not 130/143. Where the JDK offers no signal handlers ({@code sun.misc.Signal} missing), a
 * JVM shutdown hook does the same stop and waits for the work to be committed, up to {@code grace}. The hook is
 * installed in both cases, so any other shutdown (SIGHUP, {@code System.exit}) still commits.
 */
final class StopSignals {
    /** Work that can be asked to stop and waited for. */
    interface Stoppable {
        void stop();

        /** @return false when the work did not end within {@code timeout} */
        boolean awaitFinished(Duration timeout) throws InterruptedException;
    }

    private StopSignals() {
    }

    /**
     * @param work  the work to stop (idempotent, any thread)
     * @param grace longest wait in the shutdown hook
     * @param say   told one line when a signal arrives
     */
    static void install(Stoppable work, Duration grace, java.util.function.Consumer<String> say) {
        Runnable onSignal = () -> {
            say.accept("stopping: finishing the fetches in flight and any digest being delivered, then committing");
            work.stop();
        };
        for (String name : new String[]{"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> onSignal.run());
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // no such signal here, or no signal API: the shutdown hook below stops the work
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            work.stop();
            try {
                work.awaitFinished(grace);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsradar-stop"));
    }
}
