package org.attune.platform.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.attune.platform.mail.MailService;
import org.attune.platform.mail.OutboxMessage;

/** Backs {@code admin/outbox.xhtml}: mail kept because no SMTP server is configured. */
@Named
@RequestScoped
public class OutboxView {

    static final int MAX = 100;

    @Inject
    private MailService mail;

    private List<OutboxMessage> messages;

    @PostConstruct
    void load() {
        messages = mail.outbox(MAX);
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }

    public boolean isSmtpConfigured() {
        return mail.smtpConfigured();
    }
}
