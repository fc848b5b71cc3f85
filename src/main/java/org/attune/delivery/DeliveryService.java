package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attune.audit.AuditLog;
import org.attune.certification.CertificateStatus;
import org.attune.certification.CertificationService;
import org.attune.certification.RateLimiter;
import org.attune.content.ParentFeedbackForm;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;
import org.attune.platform.Failure;
import org.attune.platform.Text;

/**
 * Programmes of certified facilitators and parents' answers to their sessions' codes. Answers are refused, changing
 * nothing, for an unknown or closed code, a device that answered the session already, an empty form or an
 * over-long comment; each code takes answers at a limited rate, shared by the cluster.
 */
@ApplicationScoped
public class DeliveryService {

    /** At most this many sessions in one programme. */
    public static final int MAX_SESSIONS = 12;
    /** At most this many families expected in one programme. */
    public static final int MAX_FAMILIES = 30;
    /** The longest comment a parent may leave, in characters. */
    public static final int MAX_COMMENT = 1000;
    /** A programme may start at most this many days ago or ahead. */
    static final int MAX_DAYS_AWAY = 366;

    private static final Pattern DEVICE_TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** What a parent's answer came to. */
    public enum Outcome {
        SAVED,
        ALREADY,
        EXPIRED,
        UNKNOWN,
        EMPTY,
        TOO_LONG,
        BUSY,
        UNAVAILABLE
    }

    /** What a typed code leads to: the session when it is open. */
    public record Lookup(Outcome problem, DeliverySession session) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CertificationService certification;

    @Inject
    private OrganisationService organisations;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private FeedbackForms forms;

    @Inject
    private AuditLog audit;

    private final SecureRandom random = new SecureRandom();

    /** Whether the person holds a certificate that is active today: only they record programmes. */
    public boolean certified(long personId) {
        return certification.certificatesOf(personId).stream()
                .anyMatch(c -> c.statusAt(clock.instant()) == CertificateStatus.ACTIVE);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Organisations a facilitator may name as commissioner, by name. */
    public List<Organisation> organisations() {
        return organisations.all().stream()
                .sorted(Comparator.comparing(Organisation::getName))
                .toList();
    }

    /**
     * Records a programme and its sessions, each with a new code.
     *
     * @throws Failure.Invalid naming each field that breaks a rule
     * @throws Failure.NotAllowed when the person holds no active certificate
     */
    @Transactional
    public DeliveryProgramme start(long personId, ProgrammeForm form) {
        if (!certified(personId)) {
            throw new Failure.NotAllowed("delivery.notCertified");
        }
        Map<String, Text> problems = new LinkedHashMap<>();
        if (form.setting() == null) {
            problems.put("setting", Text.of("delivery.setting.required"));
        }
        LocalDate today = today();
        if (form.startsOn() == null) {
            problems.put("startsOn", Text.of("delivery.startsOn.required"));
        } else if (form.startsOn().isBefore(today.minusDays(MAX_DAYS_AWAY))
                || form.startsOn().isAfter(today.plusDays(MAX_DAYS_AWAY))) {
            problems.put("startsOn", Text.of("delivery.startsOn.range"));
        }
        if (form.sessions() == null || form.sessions() < 1 || form.sessions() > MAX_SESSIONS) {
            problems.put("sessions", Text.of("delivery.sessions.range"));
        }
        if (form.expectedFamilies() == null || form.expectedFamilies() < 1 || form.expectedFamilies() > MAX_FAMILIES) {
            problems.put("expectedFamilies", Text.of("delivery.families.range"));
        }
        String typed =
                form.commissionerName() == null ? null : form.commissionerName().strip();
        String commissioner = typed == null || typed.isEmpty() ? null : typed;
        if (form.commissionerId() != null) {
            Optional<Organisation> chosen = organisations.find(form.commissionerId());
            if (chosen.isEmpty()) {
                problems.put("commissionerId", Text.of("delivery.commissioner.unknown"));
            } else {
                commissioner = chosen.get().getName();
            }
        } else if (commissioner == null) {
            problems.put("commissionerName", Text.of("delivery.commissioner.required"));
        } else if (commissioner.length() > 200) {
            problems.put("commissionerName", Text.of("delivery.commissioner.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems);
        }
        DeliveryProgramme programme = new DeliveryProgramme(personId, form, commissioner, clock.instant(), random);
        for (DeliverySession s : programme.getSessions()) {
            if (session(s.getCode()).isPresent()) { // one in 78 billion: draw the programme's codes again
                return start(personId, form);
            }
        }
        em.persist(programme);
        em.flush();
        audit.record(
                String.valueOf(personId),
                "DELIVERY_PROGRAMME_STARTED",
                "programme:" + programme.getId(),
                programme.getSessionCount() + " sessions from " + programme.getStartsOn());
        return programme;
    }

    /** What the person shares of their profile (nothing until they choose). */
    public DeliverySharing sharing(long personId) {
        DeliverySharing found = em.find(DeliverySharing.class, personId);
        return found != null ? found : new DeliverySharing(personId);
    }

    /** Records with whom the person shares their aggregated profile; either may be turned off again at any time. */
    @Transactional
    public void share(long personId, boolean withTraining, boolean withEmployers) {
        DeliverySharing sharing = em.find(DeliverySharing.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (sharing == null) {
            sharing = new DeliverySharing(personId);
            sharing.change(withTraining, withEmployers, clock.instant());
            em.persist(sharing);
        } else {
            sharing.change(withTraining, withEmployers, clock.instant());
        }
        audit.record(
                String.valueOf(personId),
                "DELIVERY_SHARING_CHANGED",
                "person:" + personId,
                "training organisation " + withTraining + ", employers " + withEmployers);
    }

    /** The person's programmes, newest first. */
    public List<DeliveryProgramme> programmesOf(long personId) {
        return em.createQuery(
                        "select p from DeliveryProgramme p where p.personId = :p order by p.startsOn desc,"
                                + " p.id desc",
                        DeliveryProgramme.class)
                .setParameter("p", personId)
                .getResultList();
    }

    /** A session of one of the person's programmes; empty for anyone else's. */
    public Optional<DeliverySession> ownSession(long sessionId, long personId) {
        DeliverySession s = em.find(DeliverySession.class, sessionId);
        return s != null && s.getProgramme().getPersonId() == personId ? Optional.of(s) : Optional.empty();
    }

    private Optional<DeliverySession> session(String code) {
        return em.createQuery("select s from DeliverySession s where s.code = :c", DeliverySession.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /** What a typed code leads to: unknown (also for anything that cannot be a code), closed, or its session. */
    public Lookup lookup(String typed) {
        Optional<DeliverySession> s = FeedbackCode.normalise(typed).flatMap(this::session);
        if (s.isEmpty()) {
            return new Lookup(Outcome.UNKNOWN, null);
        }
        return s.get().openOn(today()) ? new Lookup(null, s.get()) : new Lookup(Outcome.EXPIRED, s.get());
    }

    /**
     * Records a parent's answers for the session of {@code typedCode}.
     *
     * @param deviceToken the random token the parent's browser keeps for Attune's feedback pages, or null
     * @param answers     statement id to answer id; anything not on the current form is ignored
     */
    @Transactional
    public Outcome answer(String typedCode, String deviceToken, Map<String, String> answers, String comment) {
        Optional<String> code = FeedbackCode.normalise(typedCode);
        if (code.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (rateLimiter.secondsUntilAllowed("feedback:" + code.get()) > 0) {
            return Outcome.BUSY;
        }
        Lookup lookup = lookup(code.get());
        if (lookup.problem() != null) {
            return lookup.problem();
        }
        Optional<ParentFeedbackForm> form = forms.current();
        if (form.isEmpty()) {
            return Outcome.UNAVAILABLE;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (ParentFeedbackForm.Item item : form.get().items()) {
            String answer = answers == null ? null : answers.get(item.id());
            if (answer != null && form.get().option(answer).isPresent()) {
                kept.put(item.id(), answer);
            }
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            return Outcome.TOO_LONG;
        }
        String screened = CommentScreen.screen(comment);
        if (kept.isEmpty() && screened == null) {
            return Outcome.EMPTY;
        }
        DeliverySession session = lookup.session();
        String hash = deviceToken != null && DEVICE_TOKEN.matcher(deviceToken).matches()
                ? deviceHash(deviceToken, session.getId())
                : null;
        if (hash != null
                && !em.createQuery(
                                "select r.id from FeedbackResponse r where r.sessionId = :s" + " and r.deviceHash = :h",
                                Long.class)
                        .setParameter("s", session.getId())
                        .setParameter("h", hash)
                        .getResultList()
                        .isEmpty()) {
            return Outcome.ALREADY;
        }
        em.persist(new FeedbackResponse(
                session.getId(),
                hash,
                form.get().version(),
                today(),
                kept,
                screened == null ? null : screened.substring(0, Math.min(screened.length(), MAX_COMMENT))));
        return Outcome.SAVED;
    }

    /** SHA-256 of the device's token and the session: the same device answering the same session gives the same. */
    static String deviceHash(String token, long sessionId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((token + ":" + sessionId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
