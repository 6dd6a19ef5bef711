package io.newsradar.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;

/**
 * The {@code digest.smtp} section: the mail server digests are sent through.
 *
 * @param host        SMTP host; blank disables e-mail delivery
 * @param port        TCP port (587 submission with STARTTLS, 465 SMTPS, 25 relay)
 * @param security    {@code starttls} (required: fail if the server does not offer it), {@code ssl} (implicit
 *                    TLS, SMTPS) or {@code none} (plain; only for a local relay or a test server)
 * @param username    login user; blank for no authentication
 * @param passwordEnv name of the environment variable holding the password (the password is never in the file)
 * @param from        sender address, e.g. {@code newsradar <digest@example.org>}
 * @param timeoutMs   connect, read and write timeout, milliseconds
 */
public record SmtpSettings(@JsonProperty("host") String host, @JsonProperty("port") int port,
                           @JsonProperty("security") String security, @JsonProperty("username") String username,
                           @JsonProperty("password_env") String passwordEnv, @JsonProperty("from") String from,
                           @JsonProperty("timeout_ms") int timeoutMs) {
    public SmtpSettings {
        host = host == null ? "" : host.strip();
        username = username == null ? "" : username;
        passwordEnv = passwordEnv == null ? "" : passwordEnv;
        from = from == null ? "" : from;
        security = security == null ? "starttls" : security.strip().toLowerCase(Locale.ROOT);
        if (!security.equals("starttls") && !security.equals("ssl") && !security.equals("none")) {
            throw new ConfigException("digest.smtp.security", "must be starttls, ssl or none; was " + security);
        }
        if (port < 1 || port > 65535) throw new ConfigException("digest.smtp.port", "must be 1..65535, was " + port);
        if (timeoutMs < 1) throw new ConfigException("digest.smtp.timeout_ms", "must be positive, was " + timeoutMs);
    }

    /** @return true when a host is set */
    public boolean enabled() {
        return !host.isEmpty();
    }
}
