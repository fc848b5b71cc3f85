package org.attune.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationKind;
import org.attune.organisation.OrganisationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo organisations and accounts on the first start of the embedded run mode, and announces them on
 * every start. Never runs against MySQL: a configured {@code ATTUNE_DB_URL} means real data.
 */
@Startup
@Singleton
@DependsOn("MigrationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String TRAINING_ORGANISATION = "Tender Touch Training";
    static final String EMPLOYER = "Riverside Family Hub";
    private static final String SYSTEM = "demo-data";

    /** The demo accounts: what the DEMO line calls them, e-mail, name, roles, organisation, password. */
    record Account(String label, String email, String name, Set<Role> roles, String organisation, String password) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("trainee", "trainee@attune.example", "Amira Hassan", EnumSet.of(Role.TRAINEE),
                    TRAINING_ORGANISATION, "seashell-lantern-orchard"),
            new Account("trainer", "trainer@attune.example", "Bethan Price", EnumSet.of(Role.TRAINER),
                    TRAINING_ORGANISATION, "copper-heron-meadow"),
            new Account("lead trainer", "lead@attune.example", "Chidi Okafor", EnumSet.of(Role.LEAD_TRAINER),
                    TRAINING_ORGANISATION, "velvet-compass-harbour"),
            new Account("manager", "manager@attune.example", "Dervla Byrne", EnumSet.of(Role.MANAGER),
                    EMPLOYER, "quiet-lighthouse-fern"),
            new Account("admin", "admin@attune.example", "Eleanor Shaw", EnumSet.of(Role.ADMINISTRATOR),
                    null, "granite-willow-sparrow"));

    @Inject
    @ConfigProperty(name = "attune.db.url")
    private String databaseUrl;

    @Inject
    private OrganisationService organisations;

    @Inject
    private PeopleService people;

    @PostConstruct
    void seedAndAnnounce() {
        if (!isEmbedded(databaseUrl)) {
            return;
        }
        Organisation training = organisation(OrganisationKind.TRAINING, TRAINING_ORGANISATION,
                "hello@tendertouch.example", "https://tendertouch.example");
        Organisation employer = organisation(OrganisationKind.EMPLOYER, EMPLOYER, "team@riverside-hub.example", null);
        for (Account account : ACCOUNTS) {
            if (people.findByEmail(account.email()).isEmpty()) {
                Person person = people.create(account.email(), account.name(), account.roles(), account.password(),
                        SYSTEM);
                Organisation organisation = account.organisation() == null ? null
                        : account.organisation().equals(TRAINING_ORGANISATION) ? training : employer;
                organisations.assign(person, organisation == null ? null : organisation.getId(), SYSTEM);
            }
        }
        for (Account account : ACCOUNTS) {
            LOG.info("DEMO " + account.label() + ": " + account.email() + " " + account.password());
        }
    }

    static boolean isEmbedded(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    private Organisation organisation(OrganisationKind kind, String name, String email, String website) {
        return organisations.all().stream().filter(o -> o.getName().equals(name)).findFirst()
                .orElseGet(() -> organisations.save(null, 0, kind, name, email, website, SYSTEM));
    }
}
