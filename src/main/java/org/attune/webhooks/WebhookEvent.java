package org.attune.webhooks;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.attune.certification.Certificate;
import org.attune.certification.CertificateChanged;

/**
 * One event as receivers get it: a JSON body with a unique {@code id} (the same on every retry, for
 * de-duplication), a {@code type} such as {@code certificate.revoked}, when it happened, and its data.
 */
public record WebhookEvent(String id, String type, Instant created, String json) {

    /** The type of the event an endpoint's test button sends. */
    public static final String PING = "ping";

    public WebhookEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(created);
        Objects.requireNonNull(json);
    }

    /** The event for a change to a certificate, shown as it is at that moment. */
    public static WebhookEvent of(CertificateChanged change) {
        Certificate c = change.certificate();
        String type = "certificate." + change.kind().name().toLowerCase(Locale.ROOT);
        JsonObjectBuilder certificate = Json.createObjectBuilder()
                .add("number", c.getNumber().value())
                .add("holder", c.getHolderName())
                .add("status", c.statusAt(change.at()).json())
                .add("issuedAt", c.getIssuedAt().toString())
                .add("expiresAt", c.getExpiresAt().toString())
                .add("trainingOrganisation", c.getOrganisationName());
        JsonObjectBuilder data = Json.createObjectBuilder().add("certificate", certificate);
        if (change.previousNumber() != null) {
            data.add("previousNumber", change.previousNumber());
        }
        return build(newId(), type, change.at(), data);
    }

    /** The test event a manager sends to check their endpoint. */
    public static WebhookEvent ping(long endpointId, Instant now) {
        return build(newId(), PING, now, Json.createObjectBuilder().add("endpoint", endpointId));
    }

    private static WebhookEvent build(String id, String type, Instant created, JsonObjectBuilder data) {
        String json = Json.createObjectBuilder()
                .add("id", id)
                .add("type", type)
                .add("created", created.toString())
                .add("data", data)
                .build()
                .toString();
        return new WebhookEvent(id, type, created, json);
    }

    private static String newId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }
}
