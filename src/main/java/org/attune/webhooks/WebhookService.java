package org.attune.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.platform.Secrets;
import org.attune.workforce.WorkforceService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A manager's webhook endpoints: registered for their own employer only (HTTPS, public addresses), the secret
 * returned once, removable, a test event on demand, and the log of recent deliveries.
 */
@ApplicationScoped
public class WebhookService {

    static final String SECRET_PREFIX = "whsec_";
    static final int MAX_ENDPOINTS = 5;
    static final int LOG_SIZE = 50;

    /** A new endpoint and its secret, which is shown this once. */
    public record Registered(long id, String secret) {}

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private WorkforceService workforce;

    @Inject
    @ConfigProperty(name = "attune.webhooks.allow-http-loopback", defaultValue = "false")
    private boolean allowHttpLoopback;

    @Transactional
    public Registered register(Person manager, String url) throws InvalidWebhookUrlException {
        long employer = workforce.employerOf(manager).getId();
        URI checked = WebhookUrls.check(url, allowHttpLoopback, InetAddress::getAllByName);
        if (endpoints(manager).stream().filter(WebhookEndpoint::isActive).count() >= MAX_ENDPOINTS) {
            throw new InvalidWebhookUrlException("webhooks.tooMany");
        }
        String secret = SECRET_PREFIX + Secrets.randomToken();
        WebhookEndpoint endpoint = new WebhookEndpoint(employer, checked, secret, manager.id(), clock.instant());
        em.persist(endpoint);
        em.flush();
        audit.record(AuditActor.person(manager.id()), "WEBHOOK_CREATED", "organisation:" + employer, checked.getHost());
        return new Registered(endpoint.getId(), secret);
    }

    /** The manager's employer's endpoints, newest first. */
    public List<WebhookEndpoint> endpoints(Person manager) {
        return em.createQuery(
                        "select e from WebhookEndpoint e where e.employerId = :e order by e.createdAt desc,"
                                + " e.id desc",
                        WebhookEndpoint.class)
                .setParameter("e", workforce.employerOf(manager).getId())
                .getResultList();
    }

    /** Stops deliveries to one of the employer's endpoints (pending ones are not sent). */
    @Transactional
    public void remove(Person manager, long endpointId) {
        WebhookEndpoint endpoint = own(manager, endpointId);
        endpoint.remove(clock.instant());
        audit.record(
                AuditActor.person(manager.id()),
                "WEBHOOK_REMOVED",
                "organisation:" + endpoint.getEmployerId(),
                URI.create(endpoint.getUrl()).getHost());
    }

    /** Queues a {@code ping} event to one of the employer's live endpoints; delivered like any other. */
    @Transactional
    public void sendTest(Person manager, long endpointId) {
        WebhookEndpoint endpoint = own(manager, endpointId);
        if (endpoint.isActive()) {
            em.persist(new WebhookDelivery(endpoint.getId(), WebhookEvent.ping(endpoint.getId(), clock.instant())));
        }
    }

    /** The manager's employer's most recent deliveries, newest first. */
    public List<WebhookDelivery> log(Person manager) {
        return log(workforce.employerOf(manager).getId(), LOG_SIZE);
    }

    /** The employer's most recent deliveries, newest first (also for its systems, through the API). */
    public List<WebhookDelivery> log(long employerId, int max) {
        return em.createQuery(
                        "select d from WebhookDelivery d where d.endpointId in (select e.id from"
                                + " WebhookEndpoint e where e.employerId = :e) order by d.createdAt desc, d.id desc",
                        WebhookDelivery.class)
                .setParameter("e", employerId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The address of each of the employer's endpoints, by id. */
    public Map<Long, String> urls(long employerId) {
        Map<Long, String> urls = new HashMap<>();
        em.createQuery("select e from WebhookEndpoint e where e.employerId = :e", WebhookEndpoint.class)
                .setParameter("e", employerId)
                .getResultList()
                .forEach(e -> urls.put(e.getId(), e.getUrl()));
        return urls;
    }

    private WebhookEndpoint own(Person manager, long endpointId) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null
                || endpoint.getEmployerId() != workforce.employerOf(manager).getId()) {
            throw new SecurityException("Not your organisation's webhook");
        }
        return endpoint;
    }
}
