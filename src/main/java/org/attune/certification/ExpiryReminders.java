package org.attune.certification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.attune.account.PeopleService;
import org.attune.platform.cluster.ClusterLeases;
import org.attune.platform.config.BaseUrl;
import org.attune.platform.faces.DisplayDates;
import org.attune.platform.faces.Texts;
import org.attune.platform.mail.MailService;

/**
 * Reminds holders by e-mail 90 and 30 days before their certificate expires, once each: the reminder goes to the
 * mail outbox in the same transaction that records it on the certificate, so a restart or a second node does not
 * send twice, and the outbox retries while the mail server cannot take it. Runs every hour, on one node of a cluster.
 */
@Singleton
public class ExpiryReminders {

    private static final DateTimeFormatter DATE = DisplayDates.LONG_DATE;

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailService mail;

    @Inject
    private PeopleService people;

    @Inject
    private BaseUrl baseUrl;

    @Inject
    private ClusterLeases leases;

    @Inject
    private Event<CertificateChanged> changed;

    /** Every node's timer fires; the node that takes the lease sends, the others find it taken for this hour. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        if (leases.tryTake(ClusterLeases.EXPIRY_REMINDERS, Duration.ofMinutes(50))) {
            sendDue();
        }
    }

    /** Sends the reminders that are due now; returns how many were sent (to the outbox, delivered after commit). */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (int days : new int[] {ExpiryWindow.LAST_REMINDER_DAYS, ExpiryWindow.DAYS}) {
            String reminded = days == ExpiryWindow.DAYS ? "c.reminded90At" : "c.reminded30At";
            List<Certificate> due = em.createQuery(
                            "select c from Certificate c where c.status = :active"
                                    + " and c.expiresAt > :now and c.expiresAt <= :limit and " + reminded + " is null"
                                    + (days == ExpiryWindow.DAYS ? " and c.reminded30At is null" : ""),
                            Certificate.class)
                    .setParameter("active", Certificate.Stored.ACTIVE)
                    .setParameter("now", now)
                    .setParameter("limit", now.plus(Duration.ofDays(days)))
                    .getResultList();
            for (Certificate c : due) {
                String to = people.find(c.getPersonId()).map(p -> p.email()).orElse(null);
                if (to != null) {
                    mail.send(to, Texts.english("reminder.subject", DATE.format(c.getExpiresAt())), body(c));
                    if (c.getReminded90At()
                            == null) { // entering the window (or found later, within the last reminder's days)
                        changed.fire(new CertificateChanged(CertificateChanged.Kind.EXPIRING, c, null, now));
                    }
                    c.reminded(days, now);
                    sent++;
                }
            }
        }
        return sent;
    }

    private String body(Certificate c) {
        return Texts.english(
                "reminder.body",
                c.getHolderName(),
                c.getNumber().toString(),
                DATE.format(c.getExpiresAt()),
                baseUrl.value());
    }
}
