package org.attune.webhooks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.platform.faces.Texts;
import org.attune.webhooks.InvalidWebhookUrlException;
import org.attune.webhooks.WebhookDelivery;
import org.attune.webhooks.WebhookEndpoint;
import org.attune.webhooks.WebhookService;
import org.omnifaces.util.Messages;

/** Backs {@code manager/webhooks.xhtml}: the employer's endpoints, a new one's secret shown once, the delivery log. */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An endpoint as listed (never its secret). */
    public record EndpointRow(long id, String url, String secretHint, Instant created, Instant removed)
            implements Serializable {
        public boolean isActive() {
            return removed == null;
        }
    }

    /** One delivery in the log. */
    public record DeliveryRow(
            String eventId,
            String eventType,
            String url,
            Instant created,
            String state,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant nextAttempt)
            implements Serializable {}

    @Inject
    private WebhookService webhooks;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private final List<EndpointRow> endpoints = new ArrayList<>();

    @Getter
    private final List<DeliveryRow> deliveries = new ArrayList<>();

    @Getter
    private String url;

    @Getter
    private String secret;

    public void load() {
        endpoints.clear();
        Map<Long, String> urls = new HashMap<>();
        for (WebhookEndpoint e : webhooks.endpoints(currentUser.person())) {
            endpoints.add(
                    new EndpointRow(e.getId(), e.getUrl(), e.getSecretHint(), e.getCreatedAt(), e.getRemovedAt()));
            urls.put(e.getId(), e.getUrl());
        }
        deliveries.clear();
        for (WebhookDelivery d : webhooks.log(currentUser.person())) {
            deliveries.add(new DeliveryRow(
                    d.getEventId(),
                    d.getEventType(),
                    urls.get(d.getEndpointId()),
                    d.getCreatedAt(),
                    Texts.get("webhooks.state." + d.getState().name()),
                    d.getAttempts(),
                    d.getLastStatus(),
                    d.getLastError(),
                    d.getNextAttemptAt()));
        }
    }

    public void register() {
        try {
            secret = webhooks.register(currentUser.person(), url).secret();
            url = null;
            load();
        } catch (InvalidWebhookUrlException e) {
            Messages.addError("create:url", Texts.get(e.key()));
        }
    }

    public void sendTest(long id) {
        webhooks.sendTest(currentUser.person(), id);
        Messages.addGlobalInfo(Texts.get("webhooks.testQueued"));
        load();
    }

    public void remove(long id) {
        webhooks.remove(currentUser.person(), id);
        Messages.addGlobalInfo(Texts.get("webhooks.removed"));
        load();
    }

    public void refresh() {
        load();
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
