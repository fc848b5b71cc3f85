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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server named in configuration ({@code ATTUNE_MAIL_SMTP_HOST} and friends).
 * Without one, the message goes to the outbox that administrators read, which is how the embedded run mode works.
 * A failure to send is logged and reported to the caller, never thrown at the user.
 */
@ApplicationScoped
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

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

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Whether mail leaves through SMTP (true) or is kept in the outbox (false). */
    public boolean smtpConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /**
     * Sends one message.
     *
     * @return whether it was handed to the SMTP server or kept in the outbox
     */
    @Transactional
    public boolean send(String to, String subject, String body) {
        if (!smtpConfigured()) {
            em.persist(new OutboxMessage(to, subject, body, clock.instant()));
            return true;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail \"{0}\": {1}", new Object[] {subject, e.getMessage()});
            return false;
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
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

    /** The newest messages in the outbox. */
    public List<OutboxMessage> outbox(int max) {
        return em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setMaxResults(max).getResultList();
    }
}
