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
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail over implicit TLS (SMTPS, port 465 style) with authentication against GreenMail, with a self-signed
 * certificate for 127.0.0.1 made by the JDK's keytool for this test (the server identity is checked against it).
 * GreenMail 2.1.2 offers no STARTTLS on its SMTP service (its EHLO lists AUTH only), so a successful STARTTLS
 * session cannot be tested against it; {@code SmtpOutputTest} checks that a required STARTTLS is refused by a
 * server without it.
 */
class SmtpsOutputTest {
    @TempDir
    static Path dir;
    private static GreenMail mail;
    private static SSLSocketFactory trusting;
    private static final ServerSetup SMTPS = ServerSetupTest.SMTPS;

    @BeforeAll
    static void start() throws Exception {
        Path ks = dir.resolve("smtp.p12"), cert = dir.resolve("smtp.crt");
        keytool("-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-alias", "smtp", "-keystore", ks.toString(), "-storepass", "changeit", "-rfc", "-file", cert.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, ks.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, "changeit");
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, "changeit");
        mail = new GreenMail(SMTPS).withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@example.org", "digest", "s3cret"));
        mail.start();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            trust.setCertificateEntry("smtp", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        trusting = ctx.getSocketFactory();
    }

    @AfterAll
    static void stop() {
        if (mail != null) mail.stop();
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
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
