package org.attune.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.certification.Certificate;
import org.attune.certification.CertificateAdminService;
import org.attune.certification.CertificationService;
import org.attune.certification.ExpiryReminders;
import org.attune.certification.RenewalService;
import org.attune.testing.Certifiable;
import org.attune.testing.Deployments;
import org.attune.testing.Eventually;
import org.attune.testing.TestPeople;
import org.attune.workforce.WorkforceService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end, inside the deployed application, against a real HTTP receiver on the loopback address and
 * the real database: a certificate on a manager's roster is suspended and the manager's endpoint gets one signed
 * event after the change commits (another employer's endpoint gets nothing); a receiver that is down gets the same
 * event again after a pause until it acknowledges it, and never after; entering the last 90 days sends an event.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune(
                        TestPeople.class,
                        TestPeople.Person.class,
                        Certifiable.class,
                        LoopbackReceiver.class,
                        LoopbackReceiver.Received.class)
                .addPackages(true, "com.icegreen.greenmail", "org.slf4j");
    }

    @Inject
    private WebhookService webhooks;

    @Inject
    private WebhookSender sender;

    @Inject
    private CertificationService certification;

    @Inject
    private CertificateAdminService admin;

    @Inject
    private ExpiryReminders reminders;

    @Inject
    private RenewalService renewal;

    @Inject
    private WorkforceService workforce;

    @Inject
    private PeopleService people;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    private TestPeople data;
    private LoopbackReceiver receiver;
    private Person manager;
    private Person otherManager;
    private Person lead;
    private Certificate certificate;
    private Person holder;
    private Certifiable record;
    private String secret;
    private long endpointId;

    @BeforeEach
    void certificateOnARosterWithAnEndpoint() throws Exception {
        data = new TestPeople(dataSource);
        receiver = new LoopbackReceiver();
        record = new Certifiable(dataSource);
        long training = data.organisation("TRAINING", "Hooks Training");
        long employer = data.organisation("EMPLOYER", "Hooks Employer");
        long otherEmployer = data.organisation("EMPLOYER", "Hooks Other Employer");
        Person trainee = load(data.person("hooked", training, "TRAINEE"));
        Person trainer = load(data.person("hooks-trainer", training, "TRAINER"));
        lead = load(data.person("hooks-lead", training, "LEAD_TRAINER"));
        manager = load(data.person("hooks-manager", employer, "MANAGER"));
        otherManager = load(data.person("hooks-other-manager", otherEmployer, "MANAGER"));
        data.cohort(training, "Hooks cohort", trainee.id());
        record.completeCourse(trainee.id());
        record.completePractice(trainee.id(), trainer.id());
        record.accredit(
                training,
                "ACCREDITED",
                Instant.now().minus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(1000)));
        record.signOff(trainee.id(), training, trainer.id(), Instant.now().minus(Duration.ofDays(1)));
        certificate = certification.issueIfEligible(trainee).orElseThrow();
        holder = trainee;
        workforce.add(manager, certificate.getNumber().value(), trainee.displayName());
        WebhookService.Registered registered = webhooks.register(manager, receiver.url("/hooks"));
        secret = registered.secret();
        endpointId = registered.id();
        webhooks.register(otherManager, receiver.url("/other-organisation"));
    }

    private Person load(TestPeople.Person person) {
        return people.find(person.id()).orElseThrow();
    }

    @AfterEach
    void remove() throws Exception {
        receiver.close();
        String own = "SELECT id FROM organisation WHERE name LIKE '% " + data.tag() + "'";
        execute(
                "DELETE FROM webhook_delivery WHERE endpoint_id IN (SELECT id FROM webhook_endpoint WHERE employer_id IN ("
                        + own + "))");
        execute("DELETE FROM webhook_endpoint WHERE employer_id IN (" + own + ")");
        execute("DELETE FROM roster_entry WHERE employer_id IN (" + own + ")");
        data.close();
    }

    @Test
    void aSuspensionReachesTheRosterOwnersEndpointSignedOnceAfterItCommitsAndNoOtherOrganisation() throws Exception {
        tx.begin();
        try {
            admin.apply(lead, certificate.getId(), CertificateAdminService.Action.SUSPEND, "Complaint under review.");
            executor.submit(sender::deliverDue).get(); // another thread cannot see the delivery yet
            assertEquals(List.of(), receiver.received(), "sent before the suspension was saved");
        } finally {
            tx.commit();
        }
        waitUntil(() -> "DELIVERED".equals(column("state")), "the event was not delivered after commit");
        List<LoopbackReceiver.Received> got = receiver.received();
        assertEquals(1, got.size(), got.toString());
        LoopbackReceiver.Received event = got.get(0);
        assertEquals("/hooks", event.path());
        assertTrue(
                WebhookSignature.verify(
                        secret,
                        event.header("Attune-Signature"),
                        event.body(),
                        Instant.now(),
                        WebhookSignature.TOLERANCE),
                "signature does not verify: " + event.headers());
        assertEquals("certificate.suspended", event.header("Attune-Event-Type"));
        assertTrue(event.body().contains("\"id\":\"" + event.header("Attune-Event-Id") + "\""), event.body());
        assertTrue(
                event.body().contains("\"number\":\"" + certificate.getNumber().value() + "\""), event.body());
        assertTrue(event.body().contains("\"status\":\"suspended\""), event.body());
        assertEquals("1", column("attempts"));
    }

    @Test
    void aReceiverThatIsDownGetsTheSameEventAfterGrowingPausesUntilItAcknowledgesAndNeverAfter() throws Exception {
        receiver.goDown();
        admin.apply(lead, certificate.getId(), CertificateAdminService.Action.REVOKE, "Practised without a licence.");
        waitUntil(
                () -> "1".equals(column("attempts")) && "PENDING".equals(column("state")),
                "the first attempt was not recorded");
        Instant next = nextAttempt();
        assertTrue(next.isAfter(Instant.now().plusSeconds(30)), "retried without a pause: " + next);
        sender.deliverDue();
        assertEquals("1", column("attempts"), "tried again before its pause was over");

        receiver.answer(503);
        dueNow();
        waitUntil(
                () -> "2".equals(column("attempts")) && "PENDING".equals(column("state")),
                "the second attempt was not recorded");
        assertEquals("503", column("last_status"));
        assertTrue(nextAttempt().isAfter(next), "the second pause was not longer");

        receiver.answer(200);
        dueNow();
        waitUntil(() -> "DELIVERED".equals(column("state")), "not delivered once the receiver was back");
        List<LoopbackReceiver.Received> got = receiver.received();
        assertEquals(3, got.size(), "one request per attempt: " + got);
        assertEquals(
                1,
                got.stream().map(r -> r.header("Attune-Event-Id")).distinct().count(),
                "each attempt must carry the same event id");

        dueNow(); // even if its time came round again, an acknowledged event is not sent again
        sender.deliverDue(); // a delivery round, the same one each node's timer runs
        assertEquals(3, receiver.received().size(), "delivered again after it was acknowledged");
        assertEquals("3", column("attempts"));
    }

    @Test
    void enteringTheLastNinetyDaysAndTheTestButtonEachSendAnEvent() throws Exception {
        execute(
                "UPDATE certificate SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(80))),
                certificate.getId());
        reminders.sendDue();
        webhooks.sendTest(manager, endpointId);
        waitUntil(() -> receiver.received().size() >= 2, "the expiring and test events did not arrive");
        List<String> types = receiver.received().stream()
                .map(r -> r.header("Attune-Event-Type"))
                .sorted()
                .toList();
        assertEquals(List.of("certificate.expiring", "ping"), types);
    }

    private void dueNow() throws Exception {
        execute(
                "UPDATE webhook_delivery SET next_attempt_at = ? WHERE endpoint_id = ? AND state = 'PENDING'",
                Timestamp.from(Instant.now().minusSeconds(1)),
                endpointId);
    }

    private String column(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT " + name + " FROM webhook_delivery WHERE endpoint_id = ? ORDER BY id")) {
            s.setLong(1, endpointId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant nextAttempt() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT next_attempt_at FROM webhook_delivery WHERE endpoint_id = ? ORDER BY id")) {
            s.setLong(1, endpointId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** The shared wait helper, which says what did not happen when the deadline passes. */
    private static void waitUntil(BooleanSupplier condition, String failure) throws Exception {
        Eventually.until(failure, condition::getAsBoolean);
    }

    /**
     * A renewal is written in a transaction of its own (two requests cannot both renew); its event must be written in
     * that same transaction, or a failure after it would leave a renewed certificate that no endpoint hears about.
     */
    @Test
    void aRenewalAndItsEventCommitTogetherEvenWhenTheCallersTransactionRollsBack() throws Exception {
        execute(
                "UPDATE certificate SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(30))),
                certificate.getId());
        record.passRefresher(holder.id());
        Certificate renewed;
        tx.begin();
        try {
            renewed = renewal.renew(holder);
        } finally {
            tx.rollback();
        }
        waitUntil(
                () -> receiver.received().stream()
                        .anyMatch(r -> "certificate.renewed".equals(r.header("Attune-Event-Type"))
                                && r.body().contains(renewed.getNumber().value())),
                "the renewal's event was lost with the caller's transaction");
    }
}
