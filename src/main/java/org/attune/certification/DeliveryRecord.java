package org.attune.certification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.attune.platform.Text;

/**
 * A certified facilitator's delivery record (programmes run and parents' anonymous feedback) as CPD evidence for
 * renewal. Certification must not depend on the feature that keeps programmes and feedback: that feature implements
 * this interface as a CDI bean, and renewal looks it up as an optional {@code Instance}.
 *
 * <p>The record counts when at least one programme that started in the period has {@link Summary#minimum()} or more
 * parents' responses: the same threshold (k) below which no figure is ever shown. The figures are the aggregate of
 * those programmes only, each statement's share shown only on at least that many answers; never an individual
 * response, never a comment.
 */
public interface DeliveryRecord {

    /** The person's programmes that started on or after {@code from} and before {@code to}, in aggregate. */
    Summary between(long personId, Instant from, Instant to);

    /** One statement's share of parents answering positively; {@code percent} is null below the threshold. */
    record Figure(String statement, Integer percent, int base) implements Serializable {

        public boolean shown() {
            return percent != null;
        }
    }

    /**
     * What the period holds.
     *
     * @param programmes every programme that started in the period
     * @param qualifying those with at least {@code minimum} responses
     * @param responses  the responses to the qualifying programmes
     * @param minimum    the fewest responses a programme needs to count
     * @param figures    the qualifying programmes' figures together
     */
    record Summary(int programmes, int qualifying, int responses, int minimum, List<Figure> figures)
            implements Serializable {

        public Summary {
            figures = List.copyOf(figures);
        }

        /** Whether the record counts as CPD evidence. */
        public boolean counts() {
            return qualifying > 0;
        }

        /** Why it counts or why not, for the holder and the reviewing trainer. */
        public Text reason() {
            if (counts()) {
                return Text.of("renewal.delivery.counts", qualifying, responses);
            }
            return programmes == 0
                    ? Text.of("renewal.delivery.noProgramme")
                    : Text.of("renewal.delivery.notEnough", minimum);
        }
    }
}
