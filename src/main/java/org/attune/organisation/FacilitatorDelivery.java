package org.attune.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * The delivery profile of a training organisation's facilitators in aggregate, as evidence for the accreditation
 * criterion on a communication-focused curriculum: what parents say about the classes of the facilitators the
 * organisation trained. Organisation must not depend on the feature that keeps programmes and parents' feedback: that
 * feature implements this interface as a CDI bean, and the accreditation pages look it up as an optional
 * {@code Instance}. Only aggregates: never which facilitator ran which programme, never a response or a comment.
 */
public interface FacilitatorDelivery {

    /** The accreditation criterion (content key) this profile is evidence for. */
    String CRITERION = "communication-focus";

    /** The aggregated profile of the organisation's facilitators (the implementation states whose, and which). */
    Aggregate of(long organisationId);

    /** One statement's share of parents answering positively; {@code percent} is null below the threshold. */
    record Figure(String statement, Integer percent, int base) implements Serializable {

        public boolean shown() {
            return percent != null;
        }
    }

    /**
     * The aggregate.
     *
     * @param facilitators the facilitators whose programmes count
     * @param programmes   their programmes that count (each with at least {@code minimum} responses)
     * @param responses    the parents' responses to those programmes
     * @param minimum      the fewest responses behind any figure
     * @param figures      per statement, over those programmes
     */
    record Aggregate(int facilitators, int programmes, int responses, int minimum, List<Figure> figures)
            implements Serializable {

        public Aggregate {
            figures = List.copyOf(figures);
        }

        /** Whether any figure can be shown: "not enough responses yet" otherwise. */
        public boolean enough() {
            return responses >= minimum;
        }
    }
}
