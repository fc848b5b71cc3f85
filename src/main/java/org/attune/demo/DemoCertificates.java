package org.attune.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.catalog.CatalogService;
import org.attune.catalog.CompetenceDefinition;
import org.attune.catalog.EvidenceMethod;
import org.attune.catalog.SyllabusVersion;
import org.attune.certification.Certificate;
import org.attune.certification.CertificateAdminService;
import org.attune.certification.CertificationService;
import org.attune.competence.ObservationForm;
import org.attune.competence.ObservationService;
import org.attune.competence.PracticumEntry;
import org.attune.competence.PracticumService;
import org.attune.competence.Rating;
import org.attune.competence.Setting;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;

/**
 * Demo certificates in each state (active, expiring soon, expired, suspended, revoked) for facilitators of the demo
 * training organisation, and the "ready" trainee who has done everything but the sign-off: once the demo trainer
 * signs them off (and the second trainer confirms, as the sign-off is sampled), their certificate is issued.
 */
@ApplicationScoped
class DemoCertificates {

    private static final String SYSTEM = AuditActor.DEMO_DATA;

    /** A demo holder: the DEMO line's word, e-mail, name, months since issue, and what happened to it. */
    private record Holder(String state, String email, String name, int monthsAgo, int validMonths) {}

    private static final List<Holder> HOLDERS = List.of(
            new Holder("active", "jude.evans@attune.example", "Jude Evans", 2, 36),
            new Holder("expiring", "nia.roberts@attune.example", "Nia Roberts", 34, 36),
            new Holder("expired", "kofi.mensah@attune.example", "Kofi Mensah", 40, 36),
            new Holder("suspended", "lena.fischer@attune.example", "Lena Fischer", 5, 36),
            new Holder("revoked", "mona.said@attune.example", "Mona Said", 8, 36),
            new Holder("facilitator", DemoDelivery.FACILITATOR, "Olu Adeyemi", 4, 36));

    @Inject
    private Clock clock;

    @Inject
    private PeopleService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CatalogService catalog;

    @Inject
    private CertificationService certification;

    @Inject
    private CertificateAdminService admin;

    @Inject
    private LearningService learning;

    @Inject
    private PracticumService practicum;

    @Inject
    private ObservationService observations;

    @Inject
    private DemoCourseShortcut shortcut;

    /** Creates what is missing and returns each state's certificate number. */
    Map<String, String> seed() {
        Map<String, String> numbers = new LinkedHashMap<>();
        SyllabusVersion syllabus = catalog.liveVersions().stream().findFirst().orElse(null);
        if (syllabus == null) {
            return numbers;
        }
        Organisation training = organisations.all().stream()
                .filter(o -> o.getName().equals(DemoData.TRAINING_ORGANISATION))
                .findFirst()
                .orElseThrow();
        Person trainer = people.findByEmail("trainer@attune.example").orElseThrow();
        Person administrator = people.findByEmail("admin@attune.example").orElseThrow();
        for (Holder h : HOLDERS) {
            Person holder = people.findByEmail(h.email()).orElseGet(() -> {
                Person created = people.createWithoutPassword(h.email(), h.name(), EnumSet.of(Role.TRAINEE), SYSTEM);
                organisations.assign(created, training.getId(), SYSTEM);
                return created;
            });
            Certificate c = certification.certificatesOf(holder.id()).stream()
                    .findFirst()
                    .orElseGet(() -> {
                        Instant issued = clock.instant()
                                .atZone(ZoneOffset.UTC)
                                .minusMonths(h.monthsAgo())
                                .toInstant();
                        Instant expires = issued.atZone(ZoneOffset.UTC)
                                .plusMonths(h.validMonths())
                                .minusDays(h.state().equals("expiring") ? 40 : 0)
                                .toInstant();
                        Certificate made = certification.record(
                                new Certificate.Facts(
                                        holder.id(),
                                        holder.displayName(),
                                        training.getId(),
                                        training.getName(),
                                        "ACCREDITED",
                                        trainer.id(),
                                        trainer.displayName(),
                                        syllabus.getCourseCode(),
                                        syllabus.getCourseTitle(),
                                        syllabus.getId(),
                                        syllabus.getVersionLabel(),
                                        syllabus.getContentHash(),
                                        syllabus.competences().stream()
                                                .map(CompetenceDefinition::getTitle)
                                                .toList()),
                                issued,
                                expires,
                                SYSTEM);
                        if (h.state().equals("suspended")) {
                            admin.apply(
                                    administrator,
                                    made.getId(),
                                    CertificateAdminService.Action.SUSPEND,
                                    "Demo: a parent's concern is being looked into.");
                        } else if (h.state().equals("revoked")) {
                            admin.apply(
                                    administrator,
                                    made.getId(),
                                    CertificateAdminService.Action.REVOKE,
                                    "Demo: the holder handled babies during classes despite feedback.");
                        }
                        return made;
                    });
            numbers.put(h.state(), c.getNumber().value());
        }
        readyTrainee(syllabus);
        return numbers;
    }

    /**
     * Every module read and quiz passed, the practicum done, and every competence evidenced as its method needs:
     * sessions 2 and 5 observed three weeks apart with the observed competences competent both times, and the
     * discussion and portfolio competences rated at the later one. No sign-off yet.
     */
    private void readyTrainee(SyllabusVersion syllabus) {
        Person ready = people.findByEmail("trainee3@attune.example").orElseThrow();
        if (!practicum.sessionsOf(ready.id()).isEmpty()) {
            return;
        }
        Enrolment enrolment =
                learning.enrolment(ready, syllabus.getCourseCode()).orElseThrow();
        shortcut.completeCourse(enrolment.getId(), ready.id(), syllabus.coreModules());
        Person observer = people.findByEmail("trainer2@attune.example").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<PracticumEntry> programme = readyProgramme(today, syllabus.getPracticumSessions());
        long[] sessions = new long[programme.size()];
        for (int n = 1; n <= sessions.length; n++) {
            sessions[n - 1] = practicum.log(ready, programme.get(n - 1)).getId();
        }
        observe(
                observer,
                sessions[1],
                today.minusDays(26),
                syllabus,
                0,
                "A warm session with a welcoming climate;"
                        + " you read the babies well. Next: keep the talk short so parents have time with their babies.");
        observe(
                observer,
                sessions[sessions.length - 1],
                today.minusDays(5),
                syllabus,
                1,
                "Ready for sign-off:"
                        + " attuned, warm and safe practice again three weeks on, and a thoughtful safeguarding discussion.");
    }

    /**
     * The ready trainee's one programme: a session a week with the same six families, F1 to F6; each session one
     * family is missing (F2 at session 1, F3 at session 2 ...), so F1 attends all of them and the others four.
     */
    static List<PracticumEntry> readyProgramme(LocalDate today, int sessions) {
        List<PracticumEntry> entries = new ArrayList<>();
        for (int n = 1; n <= sessions; n++) {
            int away = n % 6 + 1;
            List<String> codes = IntStream.rangeClosed(1, 6)
                    .filter(f -> f != away)
                    .mapToObj(f -> "F" + f)
                    .toList();
            entries.add(new PracticumEntry(
                    today.minusDays(40 - 7L * n),
                    Setting.FAMILY_HUB,
                    1,
                    n,
                    codes,
                    REFLECTIONS.get((n - 1) % REFLECTIONS.size()),
                    FEEDBACK.get((n - 1) % FEEDBACK.size())));
        }
        return entries;
    }

    /** Rates every competence: the observed ones at each observation, the others only at the later one. */
    private void observe(
            Person observer, long session, LocalDate on, SyllabusVersion syllabus, int which, String comment) {
        Map<String, ObservationForm.Judgement> judgements = new LinkedHashMap<>();
        syllabus.competences()
                .forEach(c -> judgements.put(
                        c.getKey(),
                        c.getEvidenceMethod() == EvidenceMethod.OBSERVED || which == 1
                                ? new ObservationForm.Judgement(Rating.COMPETENT, DemoEvidence.note(c.getKey(), which))
                                : new ObservationForm.Judgement(Rating.NOT_OBSERVED, null)));
        observations.save(observer, session, null, new ObservationForm(on, comment, judgements), null);
    }

    private static final List<String> REFLECTIONS = List.of(
            "The first session felt rushed; I talked too long at the start and two babies were drowsy by the time"
                    + " we began. Next time I will keep the welcome short.",
            "Better pacing: I named each baby's state and we waited for quiet alert. One mother was very quiet; I"
                    + " checked in with her at the end.",
            "A crying baby unsettled the group; I said crying is how babies talk and suggested holding. The"
                    + " parents relaxed once I did.",
            "I modelled asking permission with the doll and waited; three parents now ask without prompting. I"
                    + " still correct technique too quickly.",
            "I praised moments between parents and babies instead of strokes, and the parents talked to each other"
                    + " more. My own development need: fewer words.");

    private static final List<String> FEEDBACK = List.of(
            "Parents wanted more time to practise and less talk.",
            "A parent said she had never noticed her baby's 'no' before.",
            "Parents said they felt less embarrassed when their baby cried.",
            "Parents said the permission ritual felt awkward at first and now feels natural.",
            "Parents said they read their babies better and asked about a follow-on group.");
}
