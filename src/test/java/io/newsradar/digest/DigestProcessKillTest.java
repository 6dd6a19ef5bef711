package io.newsradar.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsradar.digest.TestIndex.add;
import static io.newsradar.digest.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exactly-once test of issue 6 with a real kill: {@code newsradar digest --run-due} runs as a child JVM, its
 * delivery stalls at a loopback server, the process gets SIGKILL mid-delivery, more articles arrive, and the next
 * run delivers; every article then appears in exactly one digest each output accepted.
 */
class DigestProcessKillTest {
    private static final String THEME = "DeepSeek";

    @TempDir
    Path data;

    /** A webhook receiver that, while {@code stall} is set, reads the request and never answers. */
    private static final class Hook implements AutoCloseable {
        final HttpServer server;
        final List<String> accepted = new CopyOnWriteArrayList<>();
        final CountDownLatch stalled = new CountDownLatch(1);
        volatile boolean stall;

        Hook() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/hook", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (stall) {
                    stalled.countDown();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                accepted.add(body);
                ex.sendResponseHeaders(200, 2);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write("ok".getBytes(StandardCharsets.UTF_8));
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private void config(String hookUrl, Integer smtpPort) throws IOException {
        String smtp = smtpPort == null ? "" : """
                  smtp:
                    host: 127.0.0.1
                    port: %d
                    security: none
                    from: "newsradar <digest@example.org>"
                    timeout_ms: 60000
                """.formatted(smtpPort);
        String email = smtpPort == null ? "" : "        email: [analyst@example.org]\n";
        Files.writeString(data.resolve("config.yaml"), """
                digest:
                  webhook_timeout_ms: 60000
                %s  definitions:
                    - name: morning
                      themes: [%s]
                      schedule: "* * * * *"
                      timezone: UTC
                      window: last
                      formats: [md]
                      outputs:
                        webhook: "%s"
                %s""".formatted(smtp, THEME, hookUrl, email));
    }

    private Process runDue(Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.newsradar.cli.Main",
                "--data", data.toString(), "digest", "--run-due")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void addArticles(String prefix, int n) throws IOException {
        Instant seen = Instant.now().minus(2, ChronoUnit.MINUTES);
        for (int i = 0; i < n; i++) {
            add(data, article(prefix + i, "DeepSeek story " + prefix + i, "2025-02-01T09:00:00Z"), List.of(THEME), seen.plusMillis(i).toString());
        }
    }

    private static List<String> urls(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<String> out = new ArrayList<>();
        for (JsonNode t : root.get("themes")) for (JsonNode a : t.get("articles")) out.add(a.get("url").asString());
        return out;
    }

    private static List<String> expected(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add("https://news.example/" + prefix + i);
        return out;
    }

    private void killMidDelivery(Process p, CountDownLatch stalled, Path log) throws Exception {
        boolean reached = stalled.await(120, TimeUnit.SECONDS);
        assertThat(reached).as("delivery reached the stalling server; log: %s", Files.exists(log) ? Files.readString(log) : "").isTrue();
        assertThat(p.isAlive()).isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void killedDuringTheWebhookPostThenRunAgainEveryArticleIsDeliveredExactlyOnce() throws Exception {
        try (Hook hook = new Hook()) {
            config(hook.url(), null);
            addArticles("a", 3);
            hook.stall = true;
            Process first = runDue(data.resolve("first.log"));
            killMidDelivery(first, hook.stalled, data.resolve("first.log"));
            assertThat(new DigestState(data.resolve("state")).lastRun("morning")).as("nothing recorded by the killed run").isEmpty();

            addArticles("b", 2);
            hook.stall = false;
            Process second = runDue(data.resolve("second.log"));
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as(Files.readString(data.resolve("second.log"))).isZero();

            List<String> delivered = new ArrayList<>();
            hook.accepted.forEach(b -> delivered.addAll(urls(b)));
            List<String> all = new ArrayList<>(expected("a", 3));
            all.addAll(expected("b", 2));
            assertThat(delivered).containsExactlyInAnyOrderElementsOf(all); // each once: no duplicates, none missing
        }
    }

    @Test
    void killedWhileTheSecondOutputStallsTheFirstIsNotSentTheWindowAgain() throws Exception {
        int smtpPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            smtpPort = probe.getLocalPort();
        }
        try (Hook hook = new Hook(); ServerSocket stallingSmtp = new ServerSocket()) {
            stallingSmtp.setReuseAddress(true);
            stallingSmtp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), smtpPort));
            config(hook.url(), smtpPort);
            addArticles("a", 3);
            CountDownLatch connected = new CountDownLatch(1);
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = Thread.ofVirtual().start(() -> { // accepts and never greets: the client waits
                try {
                    held.add(stallingSmtp.accept());
                    connected.countDown();
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            Process first = runDue(data.resolve("first.log"));
            killMidDelivery(first, connected, data.resolve("first.log"));
            assertThat(hook.accepted).as("the webhook (first output) accepted the window").hasSize(1);
            for (Socket s : held) s.close();
            stallingSmtp.close();
            acceptor.join(5_000);

            addArticles("b", 2);
            GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            try {
                Process second = runDue(data.resolve("second.log"));
                assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(second.exitValue()).as(Files.readString(data.resolve("second.log"))).isZero();
                assertThat(mail.getReceivedMessages()).as("the killed window went to the e-mail output").isNotEmpty();
                assertThat(hook.accepted).as("and not again to the webhook").hasSizeLessThanOrEqualTo(2);
                // the schedule fires every minute: when the retry ran in the same minute, the next window is due next minute
                Instant lastRun = new DigestState(data.resolve("state")).lastRun("morning").orElseThrow();
                if (mail.getReceivedMessages().length < 2) {
                    long wait = lastRun.plusSeconds(61).toEpochMilli() - System.currentTimeMillis();
                    if (wait > 0) Thread.sleep(wait);
                    Process third = runDue(data.resolve("third.log"));
                    assertThat(third.waitFor(120, TimeUnit.SECONDS)).isTrue();
                    assertThat(third.exitValue()).as(Files.readString(data.resolve("third.log"))).isZero();
                }

                List<String> hooked = new ArrayList<>();
                hook.accepted.forEach(b -> hooked.addAll(urls(b)));
                List<String> all = new ArrayList<>(expected("a", 3));
                all.addAll(expected("b", 2));
                assertThat(hooked).as("webhook").containsExactlyInAnyOrderElementsOf(all);
                List<String> mailed = new ArrayList<>();
                for (MimeMessage m : mail.getReceivedMessages()) mailed.addAll(mailedUrls(m));
                assertThat(mailed).as("e-mail").containsExactlyInAnyOrderElementsOf(all);
                assertThat(mail.getReceivedMessages()).hasSize(2); // the killed window, then the next one
            } finally {
                mail.stop();
            }
        }
    }

    private static final Pattern MD_LINK = Pattern.compile("\\]\\(<(https://news\\.example/[^>]+)>\\)");

    /** @return the article URLs linked from the headlines of the text part of a digest e-mail */
    private static List<String> mailedUrls(MimeMessage m) throws Exception {
        String text = (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        List<String> out = new ArrayList<>();
        Matcher x = MD_LINK.matcher(text);
        while (x.find()) out.add(x.group(1));
        return out;
    }
}
