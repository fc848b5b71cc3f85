package org.attune.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.certification.CertificateNumber;
import org.attune.certification.CertificateStatus;
import org.attune.certification.ExpiryWindow;
import org.attune.certification.Verification;
import org.attune.certification.VerificationService;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationKind;
import org.attune.organisation.OrganisationService;
import org.attune.platform.Failure;
import org.attune.platform.SpreadsheetCsv;
import org.attune.platform.Text;
import org.attune.platform.config.BaseUrl;
import org.attune.platform.faces.DisplayDates;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * A manager's "My facilitators": the roster of certificates of their own employer organisation, checked afresh on
 * every view, with alerts (expiring soon as {@link ExpiryWindow} defines it, expired, suspended, revoked), counts and expiries by month.
 */
@ApplicationScoped
public class WorkforceService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private OrganisationService organisations;

    @Inject
    private VerificationService verification;

    @Inject
    private PeopleService people;

    @Inject
    private MailService mail;

    @Inject
    private BaseUrl baseUrl;

    /** The manager's employer; SecurityException for anyone who is not a manager of an employer. */
    public Organisation employerOf(Person manager) {
        if (manager == null || !manager.hasRole(Role.MANAGER)) {
            throw new SecurityException("Only managers have a workspace");
        }
        return organisations
                .organisationOf(manager)
                .filter(o -> o.getKind() == OrganisationKind.EMPLOYER)
                .orElseThrow(() -> new SecurityException("The manager belongs to no employer organisation"));
    }

    /** The roster, each certificate checked now, alerts first, then by holder. */
    public List<RosterRow> roster(Person manager) {
        long employer = employerOf(manager).getId();
        List<RosterEntry> entries = em.createQuery(
                        "select r from RosterEntry r where r.employerId = :e", RosterEntry.class)
                .setParameter("e", employer)
                .getResultList();
        Map<String, Verification> checked = verification.verifyAll(entries.stream()
                .map(r -> CertificateNumber.parse(r.getCertificateNumber())
                        .number()
                        .orElseThrow())
                .toList());
        Instant now = clock.instant();
        List<RosterRow> rows = new ArrayList<>();
        for (RosterEntry entry : entries) {
            Verification v = checked.get(entry.getCertificateNumber());
            if (v != null) {
                rows.add(new RosterRow(
                        entry.getId(),
                        v.number(),
                        v.holder(),
                        v.status(),
                        v.expires(),
                        v.trainingOrganisation().name(),
                        v.trainingOrganisation().accreditation().statusNow(),
                        alert(v, now)));
            }
        }
        rows.sort(Comparator.comparing((RosterRow r) -> r.alert() == null).thenComparing(RosterRow::holder));
        return rows;
    }

    /**
     * For the home page's to-do list: how many facilitators on the manager's roster have an alert (certificate
     * expired, suspended, revoked or expiring soon as {@link ExpiryWindow} defines it); 0 for a manager of no employer.
     */
    public long alertCount(Person manager) {
        boolean employer = organisations
                .organisationOf(manager)
                .filter(o -> o.getKind() == OrganisationKind.EMPLOYER)
                .isPresent();
        return employer
                ? roster(manager).stream().filter(r -> r.alert() != null).count()
                : 0;
    }

    static Text alert(Verification v, Instant now) {
        return switch (v.statusType()) {
            case REVOKED -> Text.of("roster.alert.revoked");
            case SUSPENDED -> Text.of("roster.alert.suspended");
            case EXPIRED -> Text.of("roster.alert.expired");
            case ACTIVE ->
                ExpiryWindow.isOpen(v.expires(), now) ? Text.of("roster.alert.expiresWithin", ExpiryWindow.DAYS) : null;
        };
    }

    /**
     * Adds a certificate to the roster after checking the number and that the name given is its holder's;
     * a {@link Failure.Invalid} says what is wrong, next to which field ("number" or "name").
     */
    @Transactional
    public RosterRow add(Person manager, String typedNumber, String typedName) {
        long employer = employerOf(manager).getId();
        VerificationService.Outcome outcome = verification.verify(typedNumber);
        if (outcome instanceof VerificationService.Mistyped) {
            throw new Failure.Invalid("number", "roster.mistyped");
        }
        if (!(outcome instanceof VerificationService.Found found)) {
            throw new Failure.Invalid(
                    "number",
                    outcome instanceof VerificationService.NotFound ? "roster.notFound" : "roster.badlyFormed");
        }
        Verification v = found.verification();
        if (!NameMatch.matches(typedName, v.holder())) {
            throw new Failure.Invalid("name", "roster.nameMismatch");
        }
        boolean present = !em.createQuery(
                        "select r.id from RosterEntry r where r.employerId = :e" + " and r.certificateNumber = :n",
                        Long.class)
                .setParameter("e", employer)
                .setParameter("n", v.number())
                .getResultList()
                .isEmpty();
        if (present) {
            throw new Failure.Invalid("number", "roster.alreadyOn", v.holder());
        }
        em.persist(new RosterEntry(employer, v.number(), manager.id(), clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Failure.Invalid("number", "roster.alreadyOn", v.holder());
        }
        audit.record(AuditActor.person(manager.id()), "ROSTER_ADDED", "organisation:" + employer, v.number());
        return new RosterRow(
                0,
                v.number(),
                v.holder(),
                v.status(),
                v.expires(),
                v.trainingOrganisation().name(),
                v.trainingOrganisation().accreditation().statusNow(),
                alert(v, clock.instant()));
    }

    /** Takes a certificate off the manager's own roster. */
    @Transactional
    public void remove(Person manager, long entryId) {
        long employer = employerOf(manager).getId();
        RosterEntry entry = em.find(RosterEntry.class, entryId);
        if (entry == null || entry.getEmployerId() != employer) {
            throw new SecurityException("Not on your roster");
        }
        em.remove(entry);
        audit.record(
                AuditActor.person(manager.id()),
                "ROSTER_REMOVED",
                "organisation:" + employer,
                entry.getCertificateNumber());
    }

    /**
     * Writes the weekly digest of the manager's roster alerts to the mail outbox, if they want it, manage an employer
     * and have any alert; returns whether a digest was written.
     */
    @Transactional
    public boolean sendDigest(long managerId) {
        Person manager = people.find(managerId).orElse(null);
        if (manager == null || !manager.wantsRosterDigest() || !manager.active() || !manager.hasRole(Role.MANAGER)) {
            return false;
        }
        Organisation employer = organisations
                .organisationOf(manager)
                .filter(o -> o.getKind() == OrganisationKind.EMPLOYER)
                .orElse(null);
        if (employer == null) {
            return false;
        }
        List<RosterRow> alerts =
                roster(manager).stream().filter(r -> r.alert() != null).toList();
        if (alerts.isEmpty()) {
            return false;
        }
        StringBuilder lines = new StringBuilder();
        for (RosterRow r : alerts) {
            lines.append(Texts.get(
                            "notice.digest.line",
                            r.holder(),
                            r.number(),
                            r.alert(),
                            DisplayDates.LONG_DATE.format(r.expires())))
                    .append('\n');
        }
        mail.send(
                manager.email(),
                Texts.get("notice.digest.subject", alerts.size()),
                String.join(
                        "\n\n",
                        Texts.get("notice.digest.body", manager.displayName(), employer.getName(), alerts.size()),
                        lines.toString().strip(),
                        Texts.get("notice.digest.footer", employer.getName(), baseUrl.to("/manager/facilitators"))));
        return true;
    }

    /** Whether the manager gets the weekly digest of roster alerts. */
    public boolean wantsDigest(Person manager) {
        employerOf(manager);
        return people.find(manager.id()).map(Person::wantsRosterDigest).orElse(false);
    }

    /** The manager turns the weekly digest of roster alerts on or off. */
    public void chooseDigest(Person manager, boolean wanted) {
        employerOf(manager);
        people.chooseRosterDigest(manager.id(), wanted);
    }

    /** The employers whose roster holds any of these certificate numbers (whom a change to them concerns). */
    public List<Long> employersWatching(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct r.employerId from RosterEntry r where r.certificateNumber in :n", Long.class)
                .setParameter("n", numbers)
                .getResultList();
    }

    /** How many on the roster are in each status. */
    public static Map<String, Integer> counts(List<RosterRow> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CertificateStatus status : CertificateStatus.values()) {
            counts.put(status.json(), (int)
                    rows.stream().filter(r -> r.status().equals(status.json())).count());
        }
        return counts;
    }

    /** Certificates that expire in each of the next twelve months (UK time), for the chart. */
    public Map<YearMonth, Integer> expiriesByMonth(List<RosterRow> rows) {
        ZoneId uk = DisplayDates.ZONE;
        YearMonth first = YearMonth.from(clock.instant().atZone(uk));
        Map<YearMonth, Integer> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i), 0);
        }
        rows.stream()
                .filter(r -> r.status().equals(CertificateStatus.ACTIVE.json()))
                .map(r -> YearMonth.from(r.expires().atZone(uk)))
                .filter(months::containsKey)
                .forEach(m -> months.merge(m, 1, Integer::sum));
        return months;
    }

    /** The roster as CSV, one line per facilitator, with a header. */
    public static String csv(List<RosterRow> rows) {
        return SpreadsheetCsv.write(
                Stream.of("number", "holder", "status", "expires", "trainingOrganisation", "accreditation", "alert")
                        .map(c -> Texts.english("roster.csv." + c))
                        .toList(),
                rows,
                r -> new Object[] {
                    r.number(),
                    r.holder(),
                    r.status(),
                    r.expires().toString().substring(0, 10),
                    r.trainingOrganisation(),
                    r.accreditation(),
                    r.alert() == null ? null : r.alert().render()
                });
    }
}
