package org.attune.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.certification.Certificate;
import org.attune.certification.CertificateChanged;
import org.attune.certification.CertificateIssued;
import org.attune.certification.CertificateNumber;
import org.attune.competence.SignOffChanged;
import org.attune.organisation.OrganisationService;
import org.attune.platform.config.BaseUrl;
import org.attune.platform.faces.DisplayDates;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * Writes the e-mail notices to the outbox in the transaction that makes the change (an action that rolls back sends
 * nothing). Every notice is service mail and ends with a footer saying why the person gets it and where they change
 * their address; the text comes from the message bundle ({@code notice.*}).
 */
@ApplicationScoped
public class Notices {

    @Inject
    private MailService mail;

    @Inject
    private PeopleService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private BaseUrl baseUrl;

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes(during = TransactionPhase.IN_PROGRESS) SignOffChanged change) {
        Person trainee = people.find(change.traineeId()).orElse(null);
        if (trainee == null) {
            return;
        }
        switch (change.kind()) {
            case AWAITING_MODERATION -> {
                for (Person trainer : organisations.members(change.organisationId())) {
                    if (trainer.hasRole(Role.TRAINER)
                            && trainer.canSignIn()
                            && trainer.id() != change.signedBy()
                            && trainer.id() != change.traineeId()) {
                        send(
                                trainer,
                                "notice.moderation.subject",
                                "notice.moderation.body",
                                "notice.footer.trainer",
                                trainee.displayName(),
                                baseUrl.to("/trainer/moderation"));
                    }
                }
            }
            case CONFIRMED ->
                send(
                        trainee,
                        "notice.confirmed.subject",
                        "notice.confirmed.body",
                        "notice.footer.trainee",
                        comments(change),
                        baseUrl.to("/trainee/dashboard"));
            case RETURNED -> {
                send(
                        trainee,
                        "notice.returned.subject",
                        "notice.returned.body",
                        "notice.footer.trainee",
                        comments(change),
                        baseUrl.to("/trainee/practice"));
                people.find(change.signedBy())
                        .ifPresent(signer -> send(
                                signer,
                                "notice.returnedSigner.subject",
                                "notice.returnedSigner.body",
                                "notice.footer.trainer",
                                trainee.displayName(),
                                comments(change),
                                baseUrl.to("/trainer/practice?person=" + trainee.id())));
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateIssued issued) {
        issuedOrRenewed(issued.certificate());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateChanged change) {
        Certificate c = change.certificate();
        switch (change.kind()) {
            case RENEWED -> issuedOrRenewed(c);
            case SUSPENDED, REINSTATED, REVOKED -> {
                String notice = "notice." + change.kind().name().toLowerCase(Locale.ROOT);
                people.find(c.getPersonId())
                        .ifPresent(holder -> send(
                                holder,
                                notice + ".subject",
                                notice + ".body",
                                "notice.footer.holder",
                                c.getNumber().value(),
                                c.getStatusReason(),
                                verifyLink(c)));
            }
            case EXPIRING -> {
                // certification's expiry reminders mail the holder themselves
            }
        }
    }

    private void issuedOrRenewed(Certificate c) {
        people.find(c.getPersonId())
                .ifPresent(holder -> send(
                        holder,
                        "notice.issued.subject",
                        "notice.issued.body",
                        "notice.footer.holder",
                        c.getNumber().value(),
                        DisplayDates.LONG_DATE.format(c.getExpiresAt()),
                        baseUrl.to("/trainee/dashboard"),
                        verifyLink(c)));
    }

    private String verifyLink(Certificate c) {
        return baseUrl.to(
                "/verify/" + CertificateNumber.addressSegment(c.getNumber().value()));
    }

    private static String comments(SignOffChanged change) {
        return change.comments() == null ? Texts.get("notice.noComments") : change.comments();
    }

    /** One notice: greeting, body (arguments from {1} on; {0} is the name), footer. */
    private void send(Person to, String subjectKey, String bodyKey, String footerKey, Object... arguments) {
        if (to.erased() || !to.active()) {
            return;
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = to.displayName();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        mail.send(
                to.email(),
                Texts.get(subjectKey),
                String.join("\n\n", Texts.get(bodyKey, all), Texts.get(footerKey, baseUrl.to("/account/settings"))));
    }
}
