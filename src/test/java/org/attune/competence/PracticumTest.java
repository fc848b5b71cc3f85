package org.attune.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PracticumTest {

    private static PracticumEntry session(int programme, int number, String... codes) {
        return new PracticumEntry(
                LocalDate.of(2027, 3, number),
                Setting.FAMILY_HUB,
                programme,
                number,
                List.of(codes),
                "Babies in quiet alert; I pointed out a hand to the ear and suggested a pause.",
                "Parents felt more confident.");
    }

    private static String[] families(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(f -> "F" + f).toArray(String[]::new);
    }

    @Test
    void fiveFamiliesInOneSessionIsNotEnough() {
        List<PracticumEntry> log = new ArrayList<>();
        log.add(session(1, 1, families(1, 8)));
        for (int n = 2; n <= 5; n++) {
            log.add(session(1, n, "F1", "F2"));
        }
        Practicum p = Practicum.of(5, 5, log);
        assertEquals(5, p.sessionsDelivered());
        assertEquals(2, p.familiesFollowed());
        assertFalse(p.met());
    }

    @Test
    void fiveDifferentFamiliesAtEachSessionIsNotEnough() {
        List<PracticumEntry> log = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            log.add(session(1, n, families(5 * n - 4, 5 * n)));
        }
        assertFalse(Practicum.of(5, 5, log).met());
    }

    @Test
    void theSameFiveFamiliesAcrossTheProgrammeMeetTheTarget() {
        List<PracticumEntry> log = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            log.add(session(1, n, families(1, 5)));
        }
        Practicum p = Practicum.of(5, 5, log);
        assertTrue(p.met());
        assertEquals(5, p.familiesFollowed());
        assertEquals(
                List.of(true, true, true, true, true),
                p.programmes().get(0).families().get(0).attended());
    }

    @Test
    void aFamilyCountsWhenItAttendsMoreThanHalfTheSessions() {
        assertEquals(3, Practicum.attendanceNeeded(5));
        assertEquals(4, Practicum.attendanceNeeded(6));
        List<PracticumEntry> log = new ArrayList<>();
        log.add(session(1, 1, families(1, 6)));
        log.add(session(1, 2, families(1, 5)));
        log.add(session(1, 3, families(1, 5)));
        log.add(session(1, 4, "F6"));
        log.add(session(1, 5, "F6"));
        Practicum p = Practicum.of(5, 5, log);
        assertTrue(p.met(), "F1-F5 at three sessions each, F6 at three");
        assertEquals(6, p.familiesFollowed());
        assertEquals(5, p.familiesShown(), "shown against the target: never 6 of 5");
        log.set(2, session(1, 3, families(1, 4)));
        log.set(3, session(1, 4, "F1"));
        assertFalse(Practicum.of(5, 5, log).met(), "F5 at two of five sessions does not count");
    }

    @Test
    void sessionsMustAllBeInOneProgramme() {
        List<PracticumEntry> log = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            log.add(session(1, n, families(1, 5)));
        }
        for (int n = 4; n <= 5; n++) {
            log.add(session(2, n, families(1, 5)));
        }
        Practicum p = Practicum.of(5, 5, log);
        assertEquals(3, p.sessionsDelivered());
        assertFalse(p.met());
        assertEquals(2, p.programmes().size());
    }

    @Test
    void sessionsLoggedBeforeFamilyCodesCountAsDeliveredButTheirFamiliesDoNot() {
        List<PracticumEntry> log = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            log.add(session(1, n));
        }
        Practicum p = Practicum.of(5, 5, log);
        assertEquals(5, p.sessionsDelivered());
        assertEquals(0, p.familiesFollowed());
        assertEquals(5, p.uncodedEntries());
        assertFalse(p.met());
    }

    @Test
    void familiesAreListedInNaturalOrderAndARepeatedSessionCountsOnce() {
        List<PracticumEntry> log = List.of(session(1, 1, "F10", "F2", "F1"), session(1, 1, "F2"), session(1, 2, "F2"));
        Practicum.ProgrammeAttendance programme =
                Practicum.of(5, 5, log).programmes().get(0);
        assertEquals(
                List.of("F1", "F2", "F10"),
                programme.families().stream().map(Practicum.FamilyRow::code).toList());
        assertEquals(2, programme.families().get(1).sessions());
        assertEquals(2, programme.sessionsDelivered());
    }
}
