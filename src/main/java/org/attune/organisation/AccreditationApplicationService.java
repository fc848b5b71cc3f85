package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.catalog.AccreditationCriterion;
import org.attune.catalog.CatalogService;
import org.attune.platform.Failure;
import org.attune.platform.Text;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;
import org.attune.platform.upload.CheckedUpload;
import org.attune.platform.upload.Download;
import org.attune.platform.upload.StoredFile;

/**
 * Applying for accreditation (lead trainers, for their own organisation only) and reviewing and deciding
 * (administrators): every criterion reviewed; "accredited" needs every criterion met, "with conditions" needs the
 * conditions and every criterion that content marks {@code waivable: false} met, a refusal needs neither. The
 * criteria, and the evidence documents each requires, come from the catalog (the course's
 * {@code accreditation.yaml}). Decisions are kept with their history, audited and e-mailed.
 */
@ApplicationScoped
public class AccreditationApplicationService {

    public static final int MIN_STATEMENT = 30;

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private MailService mail;

    @Inject
    private CatalogService catalog;

    @Inject
    private Instance<FacilitatorDelivery> facilitatorDelivery;

    /** A file given for a criterion. */
    public record Upload(int criterion, String fileName, InputStream content) {}

    /** An evidence file as listed (without its content). */
    public record EvidenceItem(long id, int criterion, String fileName, long size) implements Serializable {}

    /** The lead trainer's own training organisation; SecurityException for anyone else. */
    public Organisation organisationOf(Person lead) {
        if (lead == null || !lead.hasRole(Role.LEAD_TRAINER)) {
            throw new SecurityException("Only lead trainers apply for accreditation");
        }
        return organisations
                .organisationOf(lead)
                .filter(Organisation::isTraining)
                .orElseThrow(() -> new SecurityException("The lead trainer belongs to no training organisation"));
    }

    /** The organisation's open application, if it has one. */
    public Optional<AccreditationApplication> open(long organisationId) {
        return em
                .createQuery(
                        "select a from AccreditationApplication a where a.openOrganisationId = :o",
                        AccreditationApplication.class)
                .setParameter("o", organisationId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Every application of the organisation, newest first. */
    public List<AccreditationApplication> applicationsOf(long organisationId) {
        return em.createQuery(
                        "select a from AccreditationApplication a where a.organisationId = :o"
                                + " order by a.submittedAt desc",
                        AccreditationApplication.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    /** The accreditation criteria, in order, as the live content defines them. */
    public List<AccreditationCriterion> criteria() {
        return catalog.accreditationCriteria();
    }

    /** Submits an application naming no evidence documents (see the four-argument form). */
    @Transactional
    public AccreditationApplication apply(Person lead, Map<Integer, String> statements, List<Upload> uploads) {
        return apply(lead, statements, Map.of(), uploads);
    }

    /**
     * Submits an application for the lead trainer's organisation: a statement for every criterion, files optional;
     * {@code documents} names, per criterion, which of its required documents (ids) that criterion's evidence file
     * holds, so a ticked document needs a file.
     */
    @Transactional
    public AccreditationApplication apply(
            Person lead,
            Map<Integer, String> statements,
            Map<Integer, ? extends Collection<String>> documents,
            List<Upload> uploads) {
        Organisation own = organisationOf(lead);
        List<AccreditationCriterion> criteria = criteria();
        if (criteria.isEmpty()) {
            throw new Failure.Conflict("leadAccreditation.noCriteria");
        }
        Map<String, Text> problems = new LinkedHashMap<>();
        Map<Integer, Set<String>> provided = new LinkedHashMap<>();
        for (AccreditationCriterion criterion : criteria) {
            int n = criterion.number();
            Collection<String> given = documents.get(n);
            Set<String> ticked = given == null ? Set.of() : new LinkedHashSet<>(given);
            if (ticked.stream().anyMatch(d -> !criterion.names(d))) {
                problems.put("documents-" + n, Text.of("leadAccreditation.documents.unknown", n));
            } else if (!ticked.isEmpty() && uploads.stream().noneMatch(u -> u.criterion() == n)) {
                problems.put("documents-" + n, Text.of("leadAccreditation.documents.noFile", n));
            }
            provided.put(n, ticked);
        }
        for (int n = 1; n <= criteria.size(); n++) {
            String text = statements.get(n) == null ? "" : statements.get(n).strip();
            if (text.length() < MIN_STATEMENT) {
                problems.put("statement-" + n, Text.of("leadAccreditation.statement.tooShort", n, MIN_STATEMENT));
            } else if (text.length() > 5000) {
                problems.put("statement-" + n, Text.of("leadAccreditation.statement.tooLong"));
            }
        }
        List<CheckedUpload> files = new ArrayList<>();
        List<Integer> fileCriteria = new ArrayList<>();
        for (Upload upload : uploads) {
            try {
                files.add(CheckedUpload.read(upload.fileName(), upload.content()));
                fileCriteria.add(upload.criterion());
            } catch (CheckedUpload.RejectedException e) {
                problems.put("file-" + upload.criterion(), e.text());
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems);
        }
        if (open(own.getId()).isPresent()) {
            throw new Failure.Conflict("leadAccreditation.alreadyOpen");
        }
        Map<Integer, String> clean = new LinkedHashMap<>();
        statements.forEach((n, text) -> {
            if (n >= 1 && n <= criteria.size()) {
                clean.put(n, text);
            }
        });
        AccreditationApplication application =
                new AccreditationApplication(own.getId(), lead.id(), clock.instant(), clean, provided);
        em.persist(application);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Failure.Conflict("leadAccreditation.alreadyOpen");
        }
        for (int i = 0; i < files.size(); i++) {
            CheckedUpload f = files.get(i);
            ApplicationEvidence evidence = new ApplicationEvidence(
                    application.getId(), fileCriteria.get(i), StoredFile.of(f, clock.instant()));
            em.persist(evidence);
            em.flush();
            em.persist(new ApplicationEvidenceContent(evidence.getId(), f.content()));
        }
        audit.record(
                AuditActor.person(lead.id()),
                "ACCREDITATION_APPLIED",
                "organisation:" + own.getId(),
                "application " + application.getId() + ", " + files.size() + " evidence files");
        return application;
    }

    /** Open applications, oldest first, for administrators. */
    public List<AccreditationApplication> waiting(Person admin) {
        requireAdmin(admin);
        return em.createQuery(
                        "select a from AccreditationApplication a where a.state = 'SUBMITTED'"
                                + " order by a.submittedAt",
                        AccreditationApplication.class)
                .getResultList();
    }

    /** An application, for an administrator or a lead trainer of its organisation. */
    public AccreditationApplication application(Person viewer, long id) {
        AccreditationApplication a = em.find(AccreditationApplication.class, id);
        if (a == null
                || !(viewer.hasRole(Role.ADMINISTRATOR)
                        || viewer.hasRole(Role.LEAD_TRAINER)
                                && organisations
                                        .organisationOf(viewer)
                                        .map(o -> Objects.equals(o.getId(), a.getOrganisationId()))
                                        .orElse(false))) {
            throw new SecurityException("Not an application you may see");
        }
        a.getCriteria().size();
        return a;
    }

    /** An application's evidence files, by criterion, without their contents. */
    public List<EvidenceItem> evidence(Person viewer, long applicationId) {
        application(viewer, applicationId);
        return em
                .createQuery(
                        "select e from ApplicationEvidence e where e.applicationId = :a order by e.criterion, e.id",
                        ApplicationEvidence.class)
                .setParameter("a", applicationId)
                .getResultList()
                .stream()
                .map(e -> new EvidenceItem(
                        e.getId(),
                        e.getCriterion(),
                        e.getFile().getFileName(),
                        e.getFile().getSize()))
                .toList();
    }

    /** An evidence file and its bytes, for an administrator or a lead trainer of the applying organisation. */
    public Optional<Download> evidenceFile(Person viewer, long evidenceId) {
        ApplicationEvidence e = em.find(ApplicationEvidence.class, evidenceId);
        if (e == null) {
            return Optional.empty();
        }
        try {
            application(viewer, e.getApplicationId());
            return Optional.of(new Download(
                    e.getFile(),
                    em.find(ApplicationEvidenceContent.class, evidenceId).content()));
        } catch (SecurityException denied) {
            return Optional.empty();
        }
    }

    /**
     * The applying organisation's facilitators' delivery profile in aggregate ({@link FacilitatorDelivery}), evidence
     * for criterion {@value FacilitatorDelivery#CRITERION}; for an administrator or a lead trainer of the organisation.
     * Empty when no feature keeps delivery records.
     */
    public Optional<FacilitatorDelivery.Aggregate> facilitatorDelivery(Person viewer, long applicationId) {
        AccreditationApplication a = application(viewer, applicationId);
        return facilitatorDelivery.isResolvable()
                ? Optional.of(facilitatorDelivery.get().of(a.getOrganisationId()))
                : Optional.empty();
    }

    /** The same aggregate for the lead trainer's own organisation, as the reviewer will see it. */
    public Optional<FacilitatorDelivery.Aggregate> facilitatorDelivery(Person lead) {
        Organisation own = organisationOf(lead);
        return facilitatorDelivery.isResolvable()
                ? Optional.of(facilitatorDelivery.get().of(own.getId()))
                : Optional.empty();
    }

    /**
     * Per criterion number, the documents the criterion requires that the application does not say its evidence
     * holds (criteria with none missing are left out), for an administrator or a lead trainer of the organisation.
     */
    public Map<Integer, List<AccreditationCriterion.Document>> missingDocuments(Person viewer, long applicationId) {
        AccreditationApplication a = application(viewer, applicationId);
        Map<Integer, List<AccreditationCriterion.Document>> missing = new LinkedHashMap<>();
        for (AccreditationCriterion criterion : criteria()) {
            Set<String> provided = a.getCriteria().stream()
                    .filter(c -> c.getCriterion() == criterion.number())
                    .findFirst()
                    .map(ApplicationCriterion::providedDocuments)
                    .orElse(Set.of());
            List<AccreditationCriterion.Document> absent = criterion.missing(provided);
            if (!absent.isEmpty()) {
                missing.put(criterion.number(), absent);
            }
        }
        return missing;
    }

    /**
     * The criteria that no accreditation may leave unmet (content's {@code waivable: false}) and that the
     * application's review does not mark met: any one of them refuses "accredited" and "accredited with conditions".
     */
    public List<AccreditationCriterion> unmetNonWaivable(AccreditationApplication application) {
        return criteria().stream()
                .filter(c -> !c.waivable() && !application.met(c.number()))
                .toList();
    }

    @Transactional
    public void review(Person admin, long applicationId, int criterion, boolean met, String comment) {
        requireAdmin(admin);
        AccreditationApplication a = em.find(AccreditationApplication.class, applicationId);
        if (a == null) {
            throw new SecurityException("No such application");
        }
        a.review(criterion, met, comment);
    }

    /** Decides an application whose every criterion is reviewed; records the decision, audits and e-mails it. */
    @Transactional
    public Accreditation decide(
            Person admin,
            long applicationId,
            AccreditationOutcome outcome,
            String focus,
            String conditions,
            int validityYears) {
        requireAdmin(admin);
        AccreditationApplication a = em.find(AccreditationApplication.class, applicationId);
        if (a == null) {
            throw new SecurityException("No such application");
        }
        if (!a.isOpen()) {
            throw new AccreditationApplication.AlreadyDecidedException();
        }
        Map<String, Text> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", Text.of("review.outcome.required"));
        } else if (outcome.accredits()) {
            if (focus == null || focus.strip().length() < 20) {
                problems.put("focus", Text.of("review.focus.required"));
            }
            if (validityYears < 1 || validityYears > 5) {
                problems.put("validity", Text.of("review.validity.range"));
            }
            List<AccreditationCriterion> unmet = unmetNonWaivable(a);
            if (!unmet.isEmpty()) {
                problems.put(
                        "outcome",
                        Text.of(
                                "review.nonWaivableNotMet",
                                unmet.stream()
                                        .map(c -> Texts.english("review.criterionName", c.number(), c.title()))
                                        .collect(Collectors.joining("; "))));
            } else if (outcome == AccreditationOutcome.ACCREDITED && !a.allMet()) {
                problems.put("outcome", Text.of("review.outcome.allMetNeeded"));
            }
            if (outcome == AccreditationOutcome.ACCREDITED_WITH_CONDITIONS
                    && (conditions == null || conditions.strip().length() < 10)) {
                problems.put("conditions", Text.of("review.conditions.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems);
        }
        Instant until = outcome.accredits()
                ? clock.instant()
                        .atZone(ZoneOffset.UTC)
                        .plusYears(validityYears)
                        .toInstant()
                : null;
        Accreditation decision = accreditation.decide(
                a.getOrganisationId(),
                outcome,
                outcome.accredits() ? focus.strip() : null,
                conditions == null || conditions.isBlank() ? null : conditions.strip(),
                admin.id(),
                until,
                AuditActor.person(admin.id()));
        em.flush();
        a.decided(decision.getId(), admin.id());
        notifyDecision(a.getOrganisationId(), outcome, until, conditions);
        return decision;
    }

    private void notifyDecision(long organisationId, AccreditationOutcome outcome, Instant until, String conditions) {
        Organisation org = organisations.find(organisationId).orElseThrow();
        String subject = Texts.english("accreditation.mail.subject", org.getName());
        String body = Texts.english(
                "accreditation.mail.body",
                org.getName(),
                switch (outcome) {
                    case ACCREDITED ->
                        Texts.english(
                                "accreditation.mail.accredited",
                                until.toString().substring(0, 10));
                    case ACCREDITED_WITH_CONDITIONS ->
                        Texts.english(
                                "accreditation.mail.withConditions",
                                until.toString().substring(0, 10),
                                conditions.strip());
                    case REFUSED -> Texts.english("accreditation.mail.refused");
                });
        List<String> recipients = new ArrayList<>();
        organisations.members(organisationId).stream()
                .filter(p -> p.hasRole(Role.LEAD_TRAINER))
                .forEach(p -> recipients.add(p.email()));
        if (org.getContactEmail() != null) {
            recipients.add(org.getContactEmail());
        }
        recipients.stream().distinct().forEach(to -> mail.send(to, subject, body));
    }

    private static void requireAdmin(Person person) {
        if (person == null || !person.hasRole(Role.ADMINISTRATOR)) {
            throw new SecurityException("Only administrators review accreditation");
        }
    }
}
