package org.attune.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attune.platform.outbox.OutboxTable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due webhook deliveries, called every few seconds by {@link WebhookRounds}: each is claimed under its row
 * lock, its address checked again, POSTed signed, and recorded as delivered on a 2xx answer or retried later. Only a
 * node that stops between the receiver's answer and recording it can make an event arrive twice; receivers
 * de-duplicate on the event id.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    /** At most this many deliveries in one round; the rest wait for the next one. */
    static final int ROUND = 100;

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    @Inject
    private WebhookRecords records;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "attune.webhooks.allow-http-loopback", defaultValue = "false")
    private boolean allowHttpLoopback;

    /** Attempts every delivery that is due now; returns how many receivers acknowledged. */
    public int deliverDue() {
        return OutboxTable.deliverEach(records.due(ROUND), this::deliver);
    }

    /** One attempt at one delivery, if it is due and no one else is sending it; whether it was acknowledged. */
    public boolean deliver(long id) {
        return records.claim(id).map(this::send).orElse(false);
    }

    private boolean send(WebhookRecords.Attempt attempt) {
        long id = attempt.id();
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            WebhookUrls.check(attempt.url(), allowHttpLoopback, InetAddress::getAllByName))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Attune-Webhooks/1")
                    .header("Attune-Event-Id", attempt.eventId())
                    .header("Attune-Event-Type", attempt.eventType())
                    .header(
                            WebhookSignature.HEADER,
                            WebhookSignature.header(attempt.secret(), clock.instant(), attempt.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                records.delivered(id, status);
                return true;
            }
            failed(attempt, status, "HTTP " + status);
        } catch (InvalidWebhookUrlException e) {
            failed(attempt, null, "address refused: " + e.key());
        } catch (IOException | RuntimeException e) {
            failed(attempt, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(attempt, null, "interrupted");
        }
        return false;
    }

    private void failed(WebhookRecords.Attempt attempt, Integer status, String error) {
        LOG.log(Level.INFO, "Webhook delivery {0} ({1}) failed: {2}", new Object[] {
            attempt.id(), attempt.eventType(), error
        });
        records.attemptFailed(attempt.id(), status, error);
    }
}
