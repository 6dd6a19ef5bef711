package io.newsradar.digest;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.newsradar.config.SmtpSettings;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** E-mail delivery to a real SMTP server (GreenMail) on loopback, with authentication. */
class SmtpOutputTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@example.org", "digest", "s3cret"));

    private static SmtpSettings smtp(String user) {
        return new SmtpSettings("127.0.0.1", ServerSetupTest.SMTP.getPort(), "none", user, "NR_TEST_PW",
                "newsradar <digest@example.org>", 5000);
    }

    @Test
    void sendsOneMultipartTextAndHtmlMessageToAllRecipients() throws Exception {
        Renditions r = new Renditions(withItem("中国発AIディープシークの台頭", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        new SmtpOutput(smtp("digest"), List.of("analyst@example.org", "desk@example.org"), Map.of("NR_TEST_PW", "s3cret")::get).deliver(r);

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        MimeMessage m = received[0];
        assertThat(m.getSubject()).isEqualTo("newsradar digest daily: 3 new articles (2025-02-01 00:00 to 2025-02-02 00:00 Asia/Tokyo)");
        assertThat(m.getFrom()[0].toString()).contains("digest@example.org");
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("analyst@example.org", "desk@example.org");
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(m.getHeader("List-Id")[0]).contains("<daily.digest.newsradar.invalid>");
        Multipart alt = (Multipart) m.getContent();
        assertThat(alt.getCount()).isEqualTo(2);
        assertThat(alt.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) alt.getBodyPart(0).getContent()).contains("[中国発AIディープシークの台頭](<https://news.example.jp/a/1>)");
        assertThat(alt.getBodyPart(1).getContentType()).startsWith("multipart/related");
        Multipart related = (Multipart) alt.getBodyPart(1).getContent();
        assertThat(related.getBodyPart(0).getContentType()).startsWith("text/html");
        String html = (String) related.getBodyPart(0).getContent();
        assertThat(html).contains("<a href=\"https://news.example.jp/a/1\"").contains("src=\"cid:chart-1@digest.newsradar.invalid\"")
                .doesNotContain("data:image");
        // the chart of the one theme with a trend: an inline PNG whose Content-ID the HTML references
        assertThat(related.getCount()).isEqualTo(2);
        jakarta.mail.BodyPart png = related.getBodyPart(1);
        assertThat(png.getContentType()).startsWith("image/png");
        assertThat(png.getHeader("Content-ID")).containsExactly("<chart-1@digest.newsradar.invalid>");
        assertThat(png.getDisposition()).isEqualTo(jakarta.mail.Part.INLINE);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.getInputStream());
        assertThat(img.getWidth()).isEqualTo(2 * TrendChart.WIDTH);
        assertThat(Jsoup.parse(html).selectFirst("img").attr("alt")).contains("1, 0, 2, 1, 0, 1, 2").contains("this window: 6");
    }

    @Test
    void wrongPasswordIsADeliveryFailureNamingTheServer() {
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        SmtpOutput out = new SmtpOutput(smtp("digest"), List.of("analyst@example.org"), Map.of("NR_TEST_PW", "wrong")::get);
        assertThatThrownBy(() -> out.deliver(r)).isInstanceOf(DeliveryException.class).hasMessageContaining("127.0.0.1:");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void missingPasswordVariableIsSaidPlainly() {
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        SmtpOutput out = new SmtpOutput(smtp("digest"), List.of("analyst@example.org"), k -> null);
        assertThatThrownBy(() -> out.deliver(r)).isInstanceOf(DeliveryException.class).hasMessageContaining("NR_TEST_PW");
    }

    @Test
    void starttlsRequiredFailsAgainstAPlainServer() {
        SmtpSettings tls = new SmtpSettings("127.0.0.1", ServerSetupTest.SMTP.getPort(), "starttls", "", "", "digest@example.org", 5000);
        Renditions r = new Renditions(withItem("t", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
        assertThatThrownBy(() -> new SmtpOutput(tls, List.of("analyst@example.org"), k -> null).deliver(r))
                .isInstanceOf(DeliveryException.class);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }
}
