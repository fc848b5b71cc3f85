package org.attune.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.attune.testing.Deployments;
import org.attune.testing.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transactional mail outbox against a real SMTP server (GreenMail, inside the deployed application) and the real
 * database: delivery only after commit, nothing from a rolled-back action, retries while the server is down, giving
 * up and trying again, one delivery when several nodes race, and recovery of a message left claimed by a stopped
 * node. The suite's server is configured with an SMTP server on {@code ATTUNE_MAIL_SMTP_PORT}.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.attune().addPackages(true, "com.icegreen.greenmail", "org.slf4j");
    }

    @Inject
    private MailService mail;

    @Inject
    private MailDelivery delivery;

    @Resource(lookup = "java:app/jdbc/attune")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    private GreenMail smtp;
    private String to;

    @BeforeEach
    void recipient() {
        to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv().getOrDefault("ATTUNE_MAIL_SMTP_PORT", "3025")),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() throws Exception {
        smtp.stop();
        execute("DELETE FROM mail_outbox WHERE recipient = ?", to);
    }

    @Test
    void aMessageIsHandedToTheMailServerOnlyAfterTheSendingTransactionCommits() throws Exception {
        smtp.start();
        tx.begin();
        try {
            mail.send(to, "Committed later", "Hello");
            executor.submit(delivery::deliverDue).get(); // another thread cannot see the message yet
            assertEquals(0, received().size(), "sent before the action was saved");
        } finally {
            tx.commit();
        }
        waitUntil(() -> received().size() == 1, "the message was not delivered after commit");
        assertEquals("Hello", GreenMailUtil.getBody(received().get(0)).trim());
        waitUntil(() -> "SENT".equals(column("state")), "the message was not recorded as sent");
        assertEquals("", column("body"), "a delivered message's body is kept");
        assertEquals("1", column("attempts"));
    }

    @Test
    void anActionThatRollsBackSendsNothing() throws Exception {
        smtp.start();
        tx.begin();
        mail.send(to, "Never", "This action failed");
        tx.rollback();
        delivery.deliverDue();
        assertEquals(0, count(), "a rolled-back message stayed in the outbox");
        assertEquals(0, received().size());
    }

    @Test
    void aMessageTheServerCannotTakeWaitsAndIsRetriedUntilGivenUpThenAnAdministratorCanTryAgain() throws Exception {
        mail.send(to, "While the server is down", "Later"); // committed at once; nothing listens on the port
        waitUntil(
                () -> "1".equals(column("attempts")) && "PENDING".equals(column("state")),
                "the first attempt was not recorded");
        assertTrue(column("last_error").contains("Exception"), column("last_error"));
        Instant next = nextAttempt();
        assertTrue(next.isAfter(Instant.now().plusSeconds(30)), "retried without a pause: " + next);
        delivery.deliverDue();
        assertEquals("1", column("attempts"), "tried again before its pause was over");

        execute(
                "UPDATE mail_outbox SET attempts = ?, next_attempt_at = ? WHERE recipient = ?",
                OutboxMessage.MAX_ATTEMPTS - 1,
                Timestamp.from(Instant.now().minusSeconds(1)),
                to);
        delivery.deliverDue();
        waitUntil(() -> "FAILED".equals(column("state")), "not given up after the last attempt");
        assertEquals(String.valueOf(OutboxMessage.MAX_ATTEMPTS), column("attempts"));

        smtp.start();
        long id = Long.parseLong(column("id"));
        assertTrue(mail.tryAgain(id), "a failed message could not be tried again");
        waitUntil(() -> received().size() == 1, "not delivered after trying again");
        waitUntil(() -> "SENT".equals(column("state")), "not recorded as sent");
        assertFalse(mail.tryAgain(id), "a sent message was tried again");
    }

    @Test
    void severalNodesDeliveringTheSameMessageAtOnceSendItOnce() throws Exception {
        smtp.start();
        long id = insert("PENDING", Instant.now().minusSeconds(1), null, 0);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(executor.submit(() -> {
                start.await();
                return delivery.deliver(id);
            }));
        }
        start.countDown();
        int delivered = 0;
        for (Future<Boolean> racer : racers) {
            delivered += racer.get() ? 1 : 0;
        }
        assertTrue(delivered <= 1, delivered + " racers delivered it");
        waitUntil(() -> "SENT".equals(column("state")), "not delivered"); // by a racer, or by the minute's round
        assertEquals(1, received().size(), "the message went out more than once");
        assertEquals("1", column("attempts"));
    }

    @Test
    void aMessageLeftClaimedByAStoppedNodeIsSentByTheNextRoundButNotOneStillBeingSent() throws Exception {
        smtp.start();
        insert("SENDING", null, Instant.now().minusSeconds(60), 1);
        String other = to;
        to = "outbox-busy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        insert("SENDING", null, Instant.now().plus(Duration.ofMinutes(4)), 1);
        try {
            delivery.deliverDue();
            assertEquals("SENDING", column("state"), "taken from a node that is still sending it");
            assertEquals(0, received().size());
        } finally {
            execute("DELETE FROM mail_outbox WHERE recipient = ?", to);
            to = other;
        }
        waitUntil(() -> "SENT".equals(column("state")), "a message left claimed was not sent");
        assertEquals("2", column("attempts"));
        assertEquals(1, received().size());
    }

    private long insert(String state, Instant nextAttempt, Instant claimedUntil, int attempts) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO"
                                + " mail_outbox (recipient, subject, body, created_at, state, attempts, next_attempt_at, claimed_until)"
                                + " VALUES (?, 'Raced', 'Once only', ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, to);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, state);
            s.setInt(4, attempts);
            s.setTimestamp(5, nextAttempt == null ? null : Timestamp.from(nextAttempt));
            s.setTimestamp(6, claimedUntil == null ? null : Timestamp.from(claimedUntil));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Messages the SMTP server received for this test's recipient (other tests' mail may arrive too). */
    private List<MimeMessage> received() {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(to);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    private String column(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + name + " FROM mail_outbox WHERE recipient = ?")) {
            s.setString(1, to);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant nextAttempt() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT next_attempt_at FROM mail_outbox WHERE recipient = ?")) {
            s.setString(1, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }

    private int count() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")) {
            s.setString(1, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
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

    private static void waitUntil(BooleanSupplier condition, String failure) throws Exception {
        Eventually.until(failure, condition::getAsBoolean);
    }
}
