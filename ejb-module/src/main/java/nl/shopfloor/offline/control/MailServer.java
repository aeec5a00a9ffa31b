package nl.shopfloor.offline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.shopfloor.offline.entity.OutboxMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server, from configuration (environment SHOPFLOOR_SMTP_HOST, _PORT, _USERNAME, _PASSWORD,
 * _STARTTLS and SHOPFLOOR_MAIL_FROM). Without a host nothing is sent, and the outbox says so.
 */
@ApplicationScoped
public class MailServer {

    @Inject
    @ConfigProperty(name = "shopfloor.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "shopfloor.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "shopfloor.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "shopfloor.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "shopfloor.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "shopfloor.mail.from", defaultValue = "shopfloor@localhost")
    String from;

    /** Waits between attempts; one attempt more than there are waits. */
    @Inject
    @ConfigProperty(name = "shopfloor.mail.retry-delays", defaultValue = "PT10S,PT1M,PT5M,PT15M,PT1H")
    String retryDelays;

    private volatile Session session;

    public boolean isConfigured() {
        return host.filter(value -> !value.isBlank()).isPresent();
    }

    public List<Duration> retryDelays() {
        return Arrays.stream(retryDelays.split(",")).map(String::strip).map(Duration::parse).toList();
    }

    /** Sends with the outbox id as Message-ID, so a receiver can tell a repeat from a new mail. */
    public void send(OutboxMail mail) throws MessagingException {
        Session mailSession = session();
        String messageId = "<" + mail.id() + "@shopfloor>";
        MimeMessage message = new MimeMessage(mailSession) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        if (mail.replyTo() != null) {
            message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", mail.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", Integer.toString(port));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            // No mail.smtp.writetimeout: Angus Mail starts a thread per connection for it; the read timeout covers a stuck server.
            properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
            properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
            Authenticator authenticator = null;
            if (username.isPresent()) {
                properties.put("mail.smtp.auth", "true");
                authenticator = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(username.get(), password.orElse(""));
                    }
                };
            }
            session = Session.getInstance(properties, authenticator);
        }
        return session;
    }
}
