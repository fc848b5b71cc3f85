package org.attune.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.attune.certification.CertificateChanged;
import org.attune.workforce.WorkforceService;

/**
 * Turns certification's changes into deliveries: one per live endpoint of each employer whose roster holds the
 * certificate (for a renewal, the number it supersedes), written in the transaction that makes the change, so a
 * change that rolls back sends nothing and one that commits is delivered.
 */
@ApplicationScoped
public class WebhookEvents {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private WorkforceService workforce;

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateChanged change) {
        List<String> numbers =
                new ArrayList<>(List.of(change.certificate().getNumber().value()));
        if (change.previousNumber() != null) {
            numbers.add(change.previousNumber());
        }
        List<Long> employers = workforce.employersWatching(numbers);
        if (employers.isEmpty()) {
            return;
        }
        List<WebhookEndpoint> endpoints = em.createQuery(
                        "select e from WebhookEndpoint e where e.employerId in :e" + " and e.removedAt is null",
                        WebhookEndpoint.class)
                .setParameter("e", employers)
                .getResultList();
        if (endpoints.isEmpty()) {
            return;
        }
        WebhookEvent event = WebhookEvent.of(change);
        for (WebhookEndpoint endpoint : endpoints) {
            em.persist(new WebhookDelivery(endpoint.getId(), event));
        }
    }
}
