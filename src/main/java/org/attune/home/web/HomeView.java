package org.attune.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.Person;
import org.attune.catalog.ContentImportService;
import org.attune.catalog.ModuleSection;
import org.attune.certification.CertificateAdminService;
import org.attune.competence.CompetenceTodos;
import org.attune.competence.CompetenceTodos.PracticeStep;
import org.attune.competence.CompetenceTodos.TrainerCounts;
import org.attune.learning.LearningService;
import org.attune.organisation.OrganisationTodos;
import org.attune.organisation.OrganisationTodos.LeadCounts;
import org.attune.platform.mail.MailService;
import org.attune.quiz.QuizAttempt;
import org.attune.quiz.QuizService;
import org.attune.workforce.WorkforceService;

/**
 * Backs {@code account/home.xhtml}: for each role the person has, what waits for them, as counts and links. Every
 * count comes from the feature that owns the work, scoped there to the person's own organisation; this bean only
 * asks for the roles the person has and composes the answers (no state, so request scoped).
 */
@Named
@RequestScoped
public class HomeView {

    /** An administrator's counts. */
    public record AdminCounts(long applicationsToReview, long failedMail, long contentProblems) {

        public boolean isNothingToDo() {
            return applicationsToReview == 0 && failedMail == 0 && contentProblems == 0;
        }
    }

    /** A lead trainer's counts, with their certificates expiring soon. */
    public record LeadTodo(LeadCounts counts, long certificatesExpiring) {

        public boolean isNothingToDo() {
            return counts.accreditationToApply() == 0
                    && counts.applicationsWaiting() == 0
                    && counts.openInvitations() == 0
                    && certificatesExpiring == 0;
        }
    }

    /** A trainee's next steps: a quiz to resume, the next section to read, the practicum. */
    public record TraineeTodo(
            Long openAttemptId, String openAttemptModule, boolean enrolled, ModuleSection next, PracticeStep practice) {

        public boolean isNothingToDo() {
            return openAttemptId == null
                    && enrolled
                    && next == null
                    && (practice == null || !practice.isLogNext() && !practice.isAwaitingSignOff());
        }
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CompetenceTodos competence;

    @Inject
    private OrganisationTodos organisation;

    @Inject
    private CertificateAdminService certificates;

    @Inject
    private WorkforceService workforce;

    @Inject
    private MailService mail;

    @Inject
    private ContentImportService content;

    @Inject
    private QuizService quizzes;

    @Inject
    private LearningService learning;

    @Getter
    private TrainerCounts trainer;

    @Getter
    private LeadTodo lead;

    @Getter
    private AdminCounts admin;

    @Getter
    private Long rosterAlerts;

    @Getter
    private TraineeTodo trainee;

    @PostConstruct
    void load() {
        Person me = currentUser.person();
        if (me == null) {
            return;
        }
        if (currentUser.isTrainer()) {
            trainer = competence.forTrainer(me);
        }
        if (currentUser.isLeadTrainer()) {
            lead = organisation
                    .forLead(me)
                    .map(c -> new LeadTodo(c, certificates.expiringSoon(me)))
                    .orElse(null);
        }
        if (currentUser.isAdministrator()) {
            admin = new AdminCounts(
                    organisation.applicationsToReview(me), mail.failedCount(), content.problemsInLastImport());
        }
        if (currentUser.isManager()) {
            rosterAlerts = workforce.alertCount(me);
        }
        if (currentUser.isTrainee()) {
            QuizAttempt open = quizzes.openAttempt(me.id()).orElse(null);
            trainee = new TraineeTodo(
                    open == null ? null : open.getId(),
                    open == null ? null : quizzes.moduleTitle(open),
                    learning.existingEnrolment(me.id()).isPresent(),
                    learning.nextSection(me).orElse(null),
                    competence.nextStep(me).orElse(null));
        }
    }

    /** How long before its accreditation ends a training organisation is asked to apply again. */
    public int getAccreditationRenewalDays() {
        return OrganisationTodos.RENEW_WITHIN_DAYS;
    }
}
