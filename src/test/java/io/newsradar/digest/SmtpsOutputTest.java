package io.newsradar.digest;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.newsradar.config.SmtpSettings;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.net.ssl.SSLSocketFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail over implicit TLS (SMTPS, port 465 style) with authentication against GreenMail, with a self-signed
 * certificate for 127.0.0.1 made by the JDK's keytool for this test ({@link TestCerts}; the server identity is
 * checked against it). GreenMail 2.1.2 offers no STARTTLS on its SMTP service (its EHLO lists AUTH only): the
 * STARTTLS session is tested against {@link StartTlsSmtpServer} in {@code StartTlsOutputTest}, and
 * {@code SmtpOutputTest} checks that a required STARTTLS is refused by a server without it.
 */
class SmtpsOutputTest {
    @TempDir
    static Path dir;
    private static GreenMail mail;
    private static SSLSocketFactory trusting;
    private static final ServerSetup SMTPS = ServerSetupTest.SMTPS;

    @BeforeAll
    static void start() throws Exception {
        TestCerts certs = TestCerts.create(dir);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, certs.keystore().toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, TestCerts.PASSWORD);
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, TestCerts.PASSWORD);
        mail = new GreenMail(SMTPS).withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@example.org", "digest", "s3cret"));
        mail.start();
        trusting = certs.trustingClient();
    }

    @AfterAll
    static void stop() {
        if (mail != null) mail.stop();
    }

    private static SmtpSettings ssl() {
        return new SmtpSettings("127.0.0.1", SMTPS.getPort(), "ssl", "digest", "NR_TEST_PW", "newsradar <digest@example.org>", 5000);
    }

    @Test
    void implicitTlsWithAuthDeliversMultipartTextAndHtmlWithTheInlineChart() throws Exception {
        Renditions r = new Renditions(withItem("中国発AIディープシークの台頭", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        new SmtpOutput(ssl(), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "s3cret")::get, trusting).deliver(r);

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[0];
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        Multipart alt = (Multipart) m.getContent();
        assertThat(alt.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) alt.getBodyPart(0).getContent()).contains("`▂▁▃▂▁▂▃█`"); // text keeps the sparkline
        Multipart related = (Multipart) alt.getBodyPart(1).getContent();
        assertThat(alt.getBodyPart(1).getContentType()).startsWith("multipart/related");
        String html = (String) related.getBodyPart(0).getContent();
        String cid = Jsoup.parse(html).selectFirst("img").attr("src");
        assertThat(cid).isEqualTo("cid:chart-1@digest.newsradar.invalid");
        var png = related.getBodyPart(1);
        assertThat(png.getHeader("Content-ID")).containsExactly("<" + cid.substring(4) + ">");
        assertThat(png.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(ImageIO.read(png.getInputStream())).isNotNull();
    }

    @Test
    void wrongPasswordOverTlsIsRefused() {
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        SmtpOutput out = new SmtpOutput(ssl(), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "wrong")::get, trusting);
        assertThatThrownBy(() -> out.deliver(r)).isInstanceOf(DeliveryException.class);
    }

    @Test
    void aCertificateTheJdkDoesNotTrustIsRefused() {
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        SmtpOutput out = new SmtpOutput(ssl(), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "s3cret")::get);
        assertThatThrownBy(() -> out.deliver(r)).isInstanceOf(DeliveryException.class).hasMessageContaining("127.0.0.1:" + SMTPS.getPort());
    }
}
