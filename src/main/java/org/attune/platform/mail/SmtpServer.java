package org.attune.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server named in configuration ({@code ATTUNE_MAIL_SMTP_HOST} and friends), if there is one. */
@ApplicationScoped
public class SmtpServer {

    @Inject
    @ConfigProperty(name = "attune.mail.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "attune.mail.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "attune.mail.smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "attune.mail.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "attune.mail.smtp.starttls", defaultValue = "false")
    private boolean startTls;

    @Inject
    @ConfigProperty(name = "attune.mail.from", defaultValue = "Attune <no-reply@attune.example>")
    private String from;

    /** Whether mail leaves through SMTP (true) or is kept in the outbox for administrators (false). */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Hands one plain-text message to the SMTP server (waits at most 5 s to connect and 10 s for each answer). */
    void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
