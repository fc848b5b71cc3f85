package org.attune.platform.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;
import org.attune.platform.mail.OutboxMessage;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/outbox.xhtml}: the mail Attune sent or is sending, with where each message is, and a way to try
 * a failed one again. Bodies are shown only of mail kept because no SMTP server is configured.
 */
@Named
@RequestScoped
public class OutboxView {

    static final int MAX = 100;

    @Inject
    private MailService mail;

    @Getter
    private List<OutboxMessage> messages;

    @PostConstruct
    void load() {
        messages = mail.outbox(MAX);
    }

    public boolean isSmtpConfigured() {
        return mail.smtpConfigured();
    }

    public void tryAgain(long id) {
        if (mail.tryAgain(id)) {
            Messages.addGlobalInfo(Texts.get("outbox.tryAgain.done"));
        } else {
            Messages.addGlobalWarn(Texts.get("outbox.tryAgain.nothing"));
        }
        load();
    }
}
