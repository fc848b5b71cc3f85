package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.attune.account.PasswordResetService;
import org.attune.account.PasswordResetToken;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.platform.Text;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * Imports a cohort list (see {@link CohortCsv}) in one transaction: every problem in the file, including addresses
 * that already have an account, is reported with its line, and nothing is imported until the file is clean. Imported
 * trainees get an e-mail with a link to choose their password (a set-password link, valid for a week).
 */
@ApplicationScoped
public class CohortImportService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private CohortService cohorts;

    @Inject
    private PeopleService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private MailService mail;

    @Inject
    private PasswordResetService resets;

    @Inject
    private AuditLog audit;

    /** Checks the parsed file against the database; the problems, in line order, that block the import. */
    public List<CohortCsv.Problem> check(CohortCsv.Result parsed) {
        List<CohortCsv.Problem> problems = new ArrayList<>(parsed.problems());
        for (CohortCsv.Row row : parsed.rows()) {
            if (people.findByEmail(row.email()).isPresent()) {
                problems.add(new CohortCsv.Problem(row.line(), Text.of("cohortCsv.hasAccount", row.email())));
            }
        }
        problems.sort(Comparator.comparingInt(CohortCsv.Problem::line));
        return problems;
    }

    /**
     * Imports a clean file into a cohort of the lead trainer's organisation.
     *
     * @return the problems; when there are any, nothing was imported
     */
    @Transactional
    public List<CohortCsv.Problem> importInto(long cohortId, Person lead, CohortCsv.Result parsed) {
        CohortService.requireLead(lead);
        Cohort cohort = cohorts.findVisible(cohortId, lead).orElseThrow(() -> new SecurityException("Not your cohort"));
        List<CohortCsv.Problem> problems = check(parsed);
        if (!problems.isEmpty()) {
            return problems;
        }
        Cohort managed = em.find(Cohort.class, cohort.getId());
        for (CohortCsv.Row row : parsed.rows()) {
            Person trainee = people.createWithoutPassword(
                    row.email(), row.name(), EnumSet.of(Role.TRAINEE), AuditActor.person(lead.id()));
            organisations.assign(trainee, managed.getOrganisation().getId(), AuditActor.person(lead.id()));
            cohorts.enrol(managed.getId(), trainee);
            mail.send(
                    trainee.email(),
                    Texts.get("account.invitation.subject", managed.getName()),
                    Texts.get(
                            "account.invitation.body",
                            trainee.displayName(),
                            managed.getOrganisation().getName(),
                            managed.getName(),
                            resets.setPasswordLink(trainee),
                            trainee.email(),
                            PasswordResetToken.INVITATION_VALIDITY.toDays()));
        }
        audit.record(
                AuditActor.person(lead.id()),
                "COHORT_IMPORTED",
                "cohort:" + cohortId,
                parsed.rows().size() + " trainees");
        return List.of();
    }
}
