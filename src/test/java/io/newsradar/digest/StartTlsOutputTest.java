package io.newsradar.digest;

import io.newsradar.config.SmtpSettings;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Submission as on port 587: plain connection, STARTTLS (required by {@code security: starttls}), the server's
 * certificate checked against 127.0.0.1, then AUTH, then the multipart message with its inline chart.
 * GreenMail 2.1.2 has no STARTTLS, so the server is {@link StartTlsSmtpServer}.
 */
class StartTlsOutputTest {
    @TempDir
    static Path dir;
    private static TestCerts certs;
    private static StartTlsSmtpServer server;

    @BeforeAll
    static void start() throws Exception {
        certs = TestCerts.create(dir);
        server = new StartTlsSmtpServer(certs.server(), "digest", "s3cret");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    private static SmtpSettings starttls() {
        return new SmtpSettings("127.0.0.1", server.port(), "starttls", "digest", "NR_TEST_PW", "newsradar <digest@example.org>", 5000);
    }

    @Test
    void startTlsThenAuthThenTheMultipartMessageWithItsInlineChart() throws Exception {
        server.received.clear();
        server.commands.clear();
        Renditions r = new Renditions(withItem("中国発AIディープシークの台頭", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        new SmtpOutput(starttls(), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "s3cret")::get, certs.trustingClient()).deliver(r);

        // AUTH is offered only after STARTTLS; Angus picks LOGIN of the mechanisms offered
        assertThat(server.commands).containsExactly("EHLO", "STARTTLS", "EHLO", "AUTH LOGIN", "MAIL", "RCPT", "DATA", "QUIT");
        assertThat(server.received).singleElement().satisfies(m -> {
            assertThat(m.tls()).isTrue();
            assertThat(m.user()).isEqualTo("digest");
        });
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(server.received.getFirst().raw()));
        assertThat(m.getSubject()).startsWith("newsradar digest daily: 3 new articles");
        Multipart alt = (Multipart) m.getContent();
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        assertThat((String) alt.getBodyPart(0).getContent()).contains("[中国発AIディープシークの台頭](<https://news.example.jp/a/1>)");
        Multipart related = (Multipart) alt.getBodyPart(1).getContent();
        String html = (String) related.getBodyPart(0).getContent();
        assertThat(Jsoup.parse(html).selectFirst("img").attr("src")).isEqualTo("cid:chart-1@digest.newsradar.invalid");
        assertThat(ImageIO.read(related.getBodyPart(1).getInputStream())).isNotNull();
    }

    @Test
    void wrongPasswordAfterStartTlsIsADeliveryFailure() throws Exception {
        server.received.clear();
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        SmtpOutput out = new SmtpOutput(starttls(), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "wrong")::get, certs.trustingClient());
        assertThatThrownBy(() -> out.deliver(r)).isInstanceOf(DeliveryException.class);
        assertThat(server.received).isEmpty();
    }

    @Test
    void aCertificateTheClientDoesNotTrustStopsTheSessionBeforeAuth() {
        server.received.clear();
        server.commands.clear();
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        SmtpOutput out = new SmtpOutput(starttls(), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "s3cret")::get);
        assertThatThrownBy(() -> out.deliver(r)).isInstanceOf(DeliveryException.class);
        assertThat(server.commands).doesNotContain("AUTH PLAIN", "AUTH LOGIN", "MAIL");
        assertThat(server.received).isEmpty();
    }
}
