package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attune.certification.DeliveryRecord;

/**
 * Answers renewal's question about a facilitator's delivery record from their programmes: those that started in the
 * period, a programme counting with at least {@link DeliveryProfiles#MIN_RESPONSES} responses, and their figures
 * together, under the same k rule as the facilitator's own profile. No comment ever leaves this feature this way.
 */
@ApplicationScoped
public class RenewalDeliveryRecord implements DeliveryRecord {

    @Inject
    private DeliveryProfiles profiles;

    @Override
    public Summary between(long personId, Instant from, Instant to) {
        DeliveryProfiles.Aggregate a = profiles.aggregate(List.of(personId), day(from), day(to));
        return new Summary(
                a.programmes(),
                a.qualifying(),
                a.responses(),
                DeliveryProfiles.MIN_RESPONSES,
                a.shares().stream()
                        .map(s -> new Figure(s.statement(), s.percent(), s.base()))
                        .toList());
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
