package io.newsradar.digest;

import io.newsradar.config.SmtpSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import javax.net.ssl.SSLSocketFactory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Sends the digest by SMTP (Jakarta Mail through Eclipse Angus): one message to all recipients,
 * {@code multipart/alternative} with the Markdown text ({@code text/plain; charset=UTF-8}) first and the HTML
 * second, so clients show the HTML and fall back to text. The HTML part is a {@code multipart/related}
 * (RFC 2387): the HTML ({@link HtmlDigestRenderer#mail}) first, then each theme's chart as an inline
 * {@code image/png} part whose {@code Content-ID} the HTML references as {@code cid:} (RFC 2392). Security per
 * {@link SmtpSettings#security()}: {@code starttls} is required (the send fails if the server does not offer
 * it), {@code ssl} is implicit TLS, {@code none} is plain. Authentication when a username is set, with the
 * password from the environment variable the settings name. Delivery means the server accepted the message.
 */
public final class SmtpOutput implements DigestOutput {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final SmtpSettings smtp;
    private final List<String> to;
    private final UnaryOperator<String> env;
    private final SSLSocketFactory tls;

    /**
     * @param smtp the server settings; {@code host} must be set
     * @param to   recipients, at least one
     * @param env  looks up environment variables (the password); {@code System::getenv} in production
     */
    public SmtpOutput(SmtpSettings smtp, List<String> to, UnaryOperator<String> env) {
        this(smtp, to, env, null);
    }

    /**
     * As {@link #SmtpOutput(SmtpSettings, List, UnaryOperator)} with the TLS sockets made by {@code tls} (a test's
     * trust store for a server with a self-signed certificate); null for the JDK's default trust.
     */
    SmtpOutput(SmtpSettings smtp, List<String> to, UnaryOperator<String> env, SSLSocketFactory tls) {
        this.tls = tls;
        if (!smtp.enabled()) throw new IllegalArgumentException("e-mail output needs digest.smtp.host");
        if (to.isEmpty()) throw new IllegalArgumentException("e-mail output without recipients");
        this.smtp = smtp;
        this.to = List.copyOf(to);
        this.env = env;
    }

    @Override
    public void deliver(Renditions r) throws DeliveryException {
        try {
            Session session = session();
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(smtp.from(), true));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
            m.setSubject(subject(r.digest()), "UTF-8");
            m.setSentDate(Date.from(r.digest().generatedAt()));
            m.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies to a digest
            m.setHeader("List-Id", "newsradar digest " + r.digest().name() + " <" + r.digest().name() + ".digest.newsradar.invalid>");
            MimeMultipart alt = new MimeMultipart("alternative");
            alt.addBodyPart(part(r.text(DigestFormat.MD), "plain"));
            alt.addBodyPart(htmlWithCharts(r));
            m.setContent(alt);
            m.saveChanges();
            Transport.send(m);
        } catch (MessagingException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new DeliveryException(describe(), why, e);
        }
    }

    /** @return {@code newsradar digest daily: 12 new articles (2025-02-01 00:00 to 2025-02-02 00:00 Asia/Tokyo)} */
    static String subject(Digest d) {
        ZoneId z = ZoneId.of(d.timezone());
        return "newsradar digest " + d.name() + ": " + d.newTotal() + " new articles (" + DAY.format(d.windowStart().atZone(z))
                + " to " + DAY.format(d.windowEnd().atZone(z)) + " " + d.timezone() + ")";
    }

    /** @return the HTML part: {@code multipart/related} with the charts when there are any, else the HTML alone */
    private static MimeBodyPart htmlWithCharts(Renditions r) throws MessagingException {
        MimeBodyPart html = part(r.mailHtml(), "html");
        if (r.charts().isEmpty()) return html;
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(html);
        int k = 0;
        for (Map.Entry<String, byte[]> chart : r.charts().entrySet()) {
            MimeBodyPart img = new MimeBodyPart();
            img.setDataHandler(new DataHandler(new ByteArrayDataSource(chart.getValue(), "image/png")));
            img.setContentID("<" + chart.getKey() + ">");
            img.setDisposition(Part.INLINE);
            img.setFileName("chart-" + (++k) + ".png");
            related.addBodyPart(img);
        }
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(related);
        return wrapper;
    }

    private static MimeBodyPart part(String text, String subtype) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setText(text, "UTF-8", subtype);
        return p;
    }

    private Session session() throws DeliveryException {
        Properties p = new Properties();
        String proto = "smtp";
        p.put("mail." + proto + ".host", smtp.host());
        p.put("mail." + proto + ".port", String.valueOf(smtp.port()));
        p.put("mail." + proto + ".connectiontimeout", String.valueOf(smtp.timeoutMs()));
        p.put("mail." + proto + ".timeout", String.valueOf(smtp.timeoutMs()));
        p.put("mail." + proto + ".writetimeout", String.valueOf(smtp.timeoutMs()));
        if (smtp.security().equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.security().equals("ssl")) {
            p.put("mail.smtp.ssl.enable", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (smtp.security().equals("starttls")) p.put("mail.smtp.ssl.checkserveridentity", "true");
        if (tls != null) p.put("mail.smtp.ssl.socketFactory", tls);
        if (smtp.username().isEmpty()) return Session.getInstance(p);
        p.put("mail." + proto + ".auth", "true");
        String password = smtp.passwordEnv().isEmpty() ? null : env.apply(smtp.passwordEnv());
        if (password == null) throw new DeliveryException(describe(), "username set but environment variable " + smtp.passwordEnv() + " is empty");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.username(), password);
            }
        });
    }

    @Override
    public String describe() {
        return "e-mail to " + String.join(", ", to) + " via " + smtp.host() + ":" + smtp.port();
    }
}
