package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.attune.catalog.EvidenceMethod;
import org.attune.competence.CompetenceRecord.Entry;
import org.attune.competence.CompetenceRecord.Need;
import org.attune.competence.CompetenceRecord.Row;
import org.junit.jupiter.api.Test;

/** The sign-off rule per competence: what its evidence method needs, and what a "not yet competent" undoes. */
class CompetenceRecordTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    /** A rating given {@code daysLater} after {@link #DAY}, under the method given. */
    private static Entry rated(int daysLater, Rating rating, EvidenceMethod method) {
        return new Entry(
                DAY.plusDays(daysLater), rating, "What the trainer saw or heard.", "Trainer", daysLater, method);
    }

    /** A row whose history is given oldest first, as a trainer would give the ratings. */
    private static Row row(EvidenceMethod method, Entry... oldestFirst) {
        List<Entry> newestFirst = new ArrayList<>(List.of(oldestFirst));
        Collections.reverse(newestFirst);
        return new Row("reading-cues", "Reading cues", "Points out cues.", "Misses cues.", method, newestFirst);
    }

    @Test
    void observedCompetenceWithNoRatingNeedsTwoObservations() {
        assertEquals(Need.TWO_OBSERVATIONS, row(EvidenceMethod.OBSERVED).need());
    }

    @Test
    void oneCompetentObservationIsNotEnough() {
        Row row = row(EvidenceMethod.OBSERVED, rated(0, Rating.COMPETENT, EvidenceMethod.OBSERVED));
        assertTrue(row.isCompetent());
        assertEquals(Need.ONE_MORE_OBSERVATION, row.need());
        assertFalse(row.isEvidenced());
    }

    @Test
    void twoCompetentObservationsOnTheSameDateAreNotEnough() {
        assertEquals(
                Need.ONE_MORE_OBSERVATION,
                row(
                                EvidenceMethod.OBSERVED,
                                rated(3, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                                rated(3, Rating.COMPETENT, EvidenceMethod.OBSERVED))
                        .need());
    }

    @Test
    void twoCompetentObservationsOnDifferentDatesAreEnough() {
        assertEquals(
                Need.NOTHING,
                row(
                                EvidenceMethod.OBSERVED,
                                rated(0, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                                rated(7, Rating.COMPETENT, EvidenceMethod.OBSERVED))
                        .need());
    }

    @Test
    void aNotYetCompetentRatingSetsTheCompetenceBackSoOnlyLaterRatingsCount() {
        Row row = row(
                EvidenceMethod.OBSERVED,
                rated(0, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                rated(7, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                rated(14, Rating.NOT_YET_COMPETENT, EvidenceMethod.OBSERVED),
                rated(21, Rating.COMPETENT, EvidenceMethod.OBSERVED));
        assertTrue(row.isCompetent());
        assertEquals(Need.ONE_MORE_OBSERVATION, row.need());
        Row latestNotYet = row(
                EvidenceMethod.OBSERVED,
                rated(0, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                rated(7, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                rated(14, Rating.NOT_YET_COMPETENT, EvidenceMethod.OBSERVED));
        assertEquals(Need.TWO_OBSERVATIONS, latestNotYet.need());
    }

    @Test
    void discussionCompetenceIsSatisfiedByOneCompetentDiscussion() {
        assertEquals(Need.DISCUSSION, row(EvidenceMethod.DISCUSSION).need());
        assertEquals(
                Need.NOTHING,
                row(EvidenceMethod.DISCUSSION, rated(0, Rating.COMPETENT, EvidenceMethod.DISCUSSION))
                        .need());
    }

    @Test
    void ratingsGivenUnderAnotherMethodDoNotCount() {
        assertEquals(
                Need.DISCUSSION,
                row(
                                EvidenceMethod.DISCUSSION,
                                rated(0, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                                rated(7, Rating.COMPETENT, EvidenceMethod.OBSERVED))
                        .need());
        assertEquals(
                Need.TWO_OBSERVATIONS,
                row(EvidenceMethod.OBSERVED, rated(0, Rating.COMPETENT, EvidenceMethod.PORTFOLIO))
                        .need());
    }

    @Test
    void portfolioCompetenceNeedsACompetentPortfolioRating() {
        assertEquals(
                Need.PORTFOLIO,
                row(EvidenceMethod.PORTFOLIO, rated(0, Rating.NOT_YET_COMPETENT, EvidenceMethod.PORTFOLIO))
                        .need());
        assertEquals(
                Need.NOTHING,
                row(EvidenceMethod.PORTFOLIO, rated(0, Rating.COMPETENT, EvidenceMethod.PORTFOLIO))
                        .need());
    }

    @Test
    void recordListsEachCompetenceStillMissingWithWhatItNeedsAndEligibilityFollows() {
        CompetenceRecord record = new CompetenceRecord(List.of(
                row(
                        EvidenceMethod.OBSERVED,
                        rated(0, Rating.COMPETENT, EvidenceMethod.OBSERVED),
                        rated(7, Rating.COMPETENT, EvidenceMethod.OBSERVED)),
                new Row(
                        "safeguarding",
                        "Safeguarding",
                        "Follows procedure.",
                        "Delays.",
                        EvidenceMethod.DISCUSSION,
                        List.of())));
        assertEquals(1, record.evidencedCount());
        assertFalse(record.allEvidenced());
        assertEquals(List.of(new CompetenceRecord.Missing("Safeguarding", Need.DISCUSSION)), record.missing());
        Practicum met = Practicum.of(
                5,
                5,
                IntStream.rangeClosed(1, 5)
                        .mapToObj(n -> new PracticumEntry(
                                LocalDate.of(2027, 1, n),
                                Setting.FAMILY_HUB,
                                1,
                                n,
                                List.of("F1", "F2", "F3", "F4", "F5"),
                                "Reflection",
                                "Feedback"))
                        .toList());
        assertTrue(met.met());
        assertFalse(new Eligibility(record.missing(), record.rows().size(), met).ready());
        assertTrue(new Eligibility(List.of(), record.rows().size(), met).ready());
    }
}
