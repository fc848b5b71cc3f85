package org.attune.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.organisation.AccreditationOutcome;
import org.attune.organisation.AccreditationService;
import org.attune.organisation.Cohort;
import org.attune.organisation.CohortService;
import org.attune.organisation.Invitation;
import org.attune.organisation.InvitationService;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationKind;
import org.attune.organisation.OrganisationService;
import org.attune.platform.config.BaseUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo organisations and accounts on the first start of the embedded run mode, and announces them on
 * every start. Never runs against MySQL (a configured {@code ATTUNE_DB_URL} means real data) unless
 * {@code ATTUNE_DEMO_DATA=true} asks for it: a trial, or the two-node cluster check, never a real deployment.
 */
@Startup
@Singleton
@DependsOn({"MigrationStartup", "ContentStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String TRAINING_ORGANISATION = "Tender Touch Training";
    static final String EMPLOYER = "Riverside Family Hub";
    static final String OTHER_TRAINING_ORGANISATION = "Little Voices Academy";
    static final String COHORT = "Spring 2027";
    private static final String SYSTEM = AuditActor.DEMO_DATA;

    /**
     * The demo accounts: what the DEMO line calls them, e-mail, name, roles, organisation, password, and that
     * password's hash computed once in advance (the passwords are public anyway; hashing five at 600,000 iterations
     * would add seconds to every first start). DemoDataTest checks that each hash matches its password.
     */
    record Account(
            String label,
            String email,
            String name,
            Set<Role> roles,
            String organisation,
            String password,
            String passwordHash) {}

    static final List<Account> ACCOUNTS = List.of(
            new Account(
                    "trainee",
                    "trainee@attune.example",
                    "Amira Hassan",
                    EnumSet.of(Role.TRAINEE),
                    TRAINING_ORGANISATION,
                    "seashell-lantern-orchard",
                    "pbkdf2-sha256$600000$VvBhA6XMvXqRnJnzB0zfUw$bQZECJbrVP9LjbK35fA2CJkpsaNhd1j7/hVQHUWyBc8"),
            new Account(
                    "trainer",
                    "trainer@attune.example",
                    "Bethan Price",
                    EnumSet.of(Role.TRAINER),
                    TRAINING_ORGANISATION,
                    "copper-heron-meadow",
                    "pbkdf2-sha256$600000$+OHu4Mzlfv8FRZzakQq7TQ$IgLi7l2hUt3mSDJKrj2pDd2DtWO9xK7XgcG8yYgcxRE"),
            new Account(
                    "lead trainer",
                    "lead@attune.example",
                    "Chidi Okafor",
                    EnumSet.of(Role.LEAD_TRAINER),
                    TRAINING_ORGANISATION,
                    "velvet-compass-harbour",
                    "pbkdf2-sha256$600000$2SEFyzj0Kf+AQQPWoq3sXw$T+0VSLY+iRUDmXgWGcn3/o3YShEImb1GUKor5BAl9dM"),
            new Account(
                    "manager",
                    "manager@attune.example",
                    "Dervla Byrne",
                    EnumSet.of(Role.MANAGER),
                    EMPLOYER,
                    "quiet-lighthouse-fern",
                    "pbkdf2-sha256$600000$jGjDs8uDMG80M/bJQVBEUw$4Ai6RmtpsCROAgEhZk4ScDMBagaV3slp3r4pkFWnwc8"),
            new Account(
                    "admin",
                    "admin@attune.example",
                    "Eleanor Shaw",
                    EnumSet.of(Role.ADMINISTRATOR),
                    null,
                    "granite-willow-sparrow",
                    "pbkdf2-sha256$600000$do57tBZqtQU9/Mfjv8hijw$0JMsvjqsnOL1+KQ1Z1B850vbfHbFGLmnhNECEhZjhV8"),
            new Account(
                    "second trainer",
                    "trainer2@attune.example",
                    "Farah Ali",
                    EnumSet.of(Role.TRAINER),
                    TRAINING_ORGANISATION,
                    "amber-otter-lagoon",
                    "pbkdf2-sha256$600000$HffHt+qA6TSCPgeUPQ4lEw$5SM5wzte3hZYBWoa6GAAYmLdtLikXdU8xhlVozv9ngI"),
            new Account(
                    "other trainer",
                    "other.trainer@attune.example",
                    "Gareth Lloyd",
                    EnumSet.of(Role.TRAINER),
                    OTHER_TRAINING_ORGANISATION,
                    "linen-fox-estuary",
                    "pbkdf2-sha256$600000$i93XibftQB9uj4V0IGChFA$v6eZfohu4S7JLrdtEw9zvL3j9/WClUPw7dqLUxHtcE0"),
            new Account(
                    "practicum trainee",
                    "trainee2@attune.example",
                    "Hannah Moore",
                    EnumSet.of(Role.TRAINEE),
                    TRAINING_ORGANISATION,
                    "birch-kestrel-dawn",
                    "pbkdf2-sha256$600000$kdFrOIXiBaWrqf/bVyzFzg$eoGS6DU/W9ykyooD29ees0ATUvW9VdFdEYil8HnE8eo"),
            new Account(
                    "ready trainee",
                    "trainee3@attune.example",
                    "Isla Campbell",
                    EnumSet.of(Role.TRAINEE),
                    TRAINING_ORGANISATION,
                    "fern-pebble-harbour",
                    "pbkdf2-sha256$600000$nnFqo3PYNmZaeFLq0zMF6w$BoI6mNiZd5rFWqQDziH2XpJB/J6FuGvJOoPX50ZwEbY"),
            new Account(
                    "facilitator",
                    DemoDelivery.FACILITATOR,
                    "Olu Adeyemi",
                    EnumSet.of(Role.TRAINEE),
                    TRAINING_ORGANISATION,
                    "maple-tambourine-brook",
                    "pbkdf2-sha256$600000$bR1BVpbOFz+S3ukw+bvHCw$axIg1uiPE/4oMYQOHFZ8cK8h87urTDq9BdKlG1qutGk"));

    @Inject
    @ConfigProperty(name = "attune.db.url")
    private String databaseUrl;

    @Inject
    @ConfigProperty(name = "attune.demo-data", defaultValue = "false")
    private boolean demoDataAnyway;

    @Inject
    private OrganisationService organisations;

    @Inject
    private PeopleService people;

    @Inject
    private CohortService cohorts;

    @Inject
    private InvitationService invitations;

    @Inject
    private DemoPractice practice;

    @Inject
    private DemoCertificates certificates;

    @Inject
    private DemoWorkforce workforce;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private DemoDelivery delivery;

    @Inject
    private BaseUrl baseUrl;

    /** Runs outside a transaction (a singleton's callback takes it from the method), so each step commits. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seedAndAnnounce() {
        if (!isEmbedded(databaseUrl) && !demoDataAnyway) {
            return;
        }
        Organisation training = organisation(
                OrganisationKind.TRAINING,
                TRAINING_ORGANISATION,
                "hello@tendertouch.example",
                "https://tendertouch.example");
        Organisation employer = organisation(OrganisationKind.EMPLOYER, EMPLOYER, "team@riverside-hub.example", null);
        Organisation other = organisation(
                OrganisationKind.TRAINING,
                OTHER_TRAINING_ORGANISATION,
                "office@littlevoices.example",
                "https://littlevoices.example");
        Map<String, Organisation> byName =
                Map.of(TRAINING_ORGANISATION, training, EMPLOYER, employer, OTHER_TRAINING_ORGANISATION, other);
        for (Account account : ACCOUNTS) {
            if (people.findByEmail(account.email()).isEmpty()) {
                Person person = people.createWithPasswordHash(
                        account.email(), account.name(), account.roles(), account.passwordHash(), SYSTEM);
                Organisation organisation = account.organisation() == null ? null : byName.get(account.organisation());
                organisations.assign(person, organisation == null ? null : organisation.getId(), SYSTEM);
            }
        }
        for (Account account : ACCOUNTS) {
            LOG.info("DEMO " + account.label() + ": " + account.email() + " " + account.password());
        }
        Invitation invitation = demoCohortInvitation();
        practice.seed();
        accredit(training);
        LOG.info("DEMO organisation accredited: " + training.getName());
        Map<String, String> numbers = certificates.seed();
        numbers.forEach((state, number) -> LOG.info("DEMO certificate " + state + ": " + number));
        LOG.info("DEMO manager api token: " + workforce.seed(numbers));
        LOG.info("DEMO cohort: " + invitation.getCohort().getName());
        LOG.info("DEMO invitation: " + baseUrl.to("/register?code=") + invitation.getCode());
        delivery.seed().ifPresent(code -> LOG.info("DEMO feedback code: " + baseUrl.to("/feedback/" + code)));
    }

    /** The demo cohort with the demo trainee in it, and an open invitation link to it (a new one when expired). */
    private Invitation demoCohortInvitation() {
        Person lead = people.findByEmail("lead@attune.example").orElseThrow();
        Person trainee = people.findByEmail("trainee@attune.example").orElseThrow();
        Person practising = people.findByEmail("trainee2@attune.example").orElseThrow();
        Person ready = people.findByEmail("trainee3@attune.example").orElseThrow();
        Cohort cohort = cohorts.visibleTo(lead).stream()
                .filter(c -> c.getName().equals(COHORT))
                .findFirst()
                .orElseGet(() -> {
                    Cohort created = cohorts.create(lead, COHORT);
                    cohorts.addMember(created.getId(), lead, trainee);
                    return created;
                });
        for (Person member : List.of(practising, ready)) {
            if (cohorts.members(cohort).stream().noneMatch(member::equals)) {
                cohorts.addMember(cohort.getId(), lead, member);
            }
        }
        return invitations.of(cohort).stream()
                .filter(i -> i.usableAt(Instant.now()))
                .findFirst()
                .orElseGet(() -> invitations.create(cohort.getId(), lead));
    }

    /** The demo training organisation is accredited as communication-focused (decided on the first start). */
    private void accredit(Organisation training) {
        if (accreditation.history(training.getId()).isEmpty()) {
            accreditation.decide(
                    training.getId(),
                    AccreditationOutcome.ACCREDITED,
                    "Most contact time is on reading"
                            + " babies' cues and states, asking permission and supporting parents to respond; strokes are the"
                            + " vehicle. Supervised practicum of five sessions with at least five families.",
                    null,
                    null,
                    Instant.now().plus(Duration.ofDays(3 * 365)),
                    SYSTEM);
        }
    }

    static boolean isEmbedded(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    private Organisation organisation(OrganisationKind kind, String name, String email, String website) {
        return organisations.all().stream()
                .filter(o -> o.getName().equals(name))
                .findFirst()
                .orElseGet(() -> organisations.save(null, 0, kind, name, email, website, SYSTEM));
    }
}
