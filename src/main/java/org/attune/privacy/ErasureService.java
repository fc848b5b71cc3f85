package org.attune.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.attune.account.AccountErasure;
import org.attune.account.Person;
import org.attune.account.PersonRules;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.certification.HolderNames;
import org.attune.competence.TraineeRecordErasure;
import org.attune.delivery.DeliveryErasure;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * Erasure (UK GDPR article 17), in one transaction: the person's name and e-mail address are replaced by a pseudonym
 * and every session, reset link and known device ends (account); evidence files about them are deleted and free
 * text about them emptied (competence); parents' comments on their classes are deleted (delivery); the audit log
 * keeps its events with {@code person:<id>} in place of the address; mail to them is deleted; expired certificates show "name withheld" (valid ones keep the name until expiry
 * plus the retention period, as the law allows). Refused, changing nothing, when the typed confirmation does not
 * match, when the person was erased already, or when they are the last active administrator.
 */
@ApplicationScoped
public class ErasureService {

    /** What an erasure request came to. */
    public enum Outcome {
        ERASED,
        NOT_FOUND,
        ALREADY_ERASED,
        CONFIRMATION_DOES_NOT_MATCH,
        LAST_ADMINISTRATOR
    }

    @Inject
    private AccountErasure account;

    @Inject
    private TraineeRecordErasure competence;

    @Inject
    private HolderNames holderNames;

    @Inject
    private DeliveryErasure delivery;

    @Inject
    private AuditLog audit;

    @Inject
    private MailService mail;

    /**
     * Erases the person if {@code typedEmail} is their e-mail address (the confirmation step). Two requests for one
     * person run one after the other (the person's row is locked): the second is told the person is erased already.
     */
    @Transactional
    public Outcome erase(long personId, String typedEmail, long byPersonId) {
        Person person = account.lock(personId).orElse(null);
        if (person == null) {
            return Outcome.NOT_FOUND;
        }
        if (person.erased()) {
            return Outcome.ALREADY_ERASED;
        }
        if (typedEmail == null || !person.email().equals(PersonRules.normaliseEmail(typedEmail))) {
            return Outcome.CONFIRMATION_DOES_NOT_MATCH;
        }
        if (person.hasRole(Role.ADMINISTRATOR) && person.active() && !account.anotherActiveAdministrator(personId)) {
            return Outcome.LAST_ADMINISTRATOR;
        }
        String email = person.email();
        String pseudonym = "person:" + personId;
        int files = competence.forget(personId);
        int withheld = holderNames.withholdExpired(personId);
        int comments = delivery.forget(personId);
        int events = audit.pseudonymise(email, pseudonym);
        int messages = mail.forgetRecipient(email);
        account.erase(person, Texts.get("privacy.erased.name", String.valueOf(personId)));
        audit.record(
                AuditActor.person(byPersonId),
                "PERSON_ERASED",
                pseudonym,
                files + " evidence files deleted, "
                        + withheld + " expired certificate names withheld, " + events + " audit entries pseudonymised, "
                        + messages + " mails deleted, " + comments + " parents' comments deleted");
        return Outcome.ERASED;
    }
}
