package org.attune.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attune.platform.web.AdmissionGate.Kind;
import org.attune.platform.web.AdmissionGate.Ticket;
import org.attune.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionTurnsTest {

    private final SessionTurns turns = new SessionTurns(60, TimeUnit.SECONDS);
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopOther() {
        other.shutdownNow();
    }

    @Test
    void twoSessionsWhoseIdsHashAlikeNeverWaitForEachOther() throws Exception {
        assertEquals("Aa".hashCode(), "BB".hashCode(), "the two ids share a hash code");
        try (SessionTurns.Turn first = turns.enter("Aa")) {
            assertTrue(first.inTurn());
            Future<Boolean> stranger = other.submit(() -> {
                try (SessionTurns.Turn turn = turns.enter("BB")) {
                    return turn.inTurn();
                }
            });
            assertTrue(stranger.get(10, TimeUnit.SECONDS), "the other session's post went in at once");
        }
    }

    @Test
    void aSecondPostOfASessionGoesInOnlyAfterTheFirstIsDoneAndTheSessionIsThenForgotten() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        SessionTurns.Turn first = turns.enter("session-1");
        Future<Boolean> second = other.submit(() -> {
            try (SessionTurns.Turn turn = turns.enter("session-1")) {
                events.add("second in turn");
                return turn.inTurn();
            }
        });
        Eventually.until("the second post waits for the first", () -> turns.waitingFor("session-1") == 1);
        events.add("first done");
        first.close();
        assertTrue(second.get(60, TimeUnit.SECONDS), "the second post had the session's turn");
        assertEquals(List.of("first done", "second in turn"), events);
        assertEquals(0, turns.sessionsInFlight(), "no lock is kept for a session with no request in flight");
    }

    @Test
    void aPostThatWaitedTheWholeWaitGoesAheadWithoutTakingTheTurn() throws Exception {
        SessionTurns shortWait = new SessionTurns(50, TimeUnit.MILLISECONDS);
        SessionTurns.Turn first = shortWait.enter("session-1");
        assertFalse(other.submit(() -> inTurn(shortWait)).get(60, TimeUnit.SECONDS), "it went ahead after the wait");
        assertFalse(
                other.submit(() -> inTurn(shortWait)).get(60, TimeUnit.SECONDS),
                "the late post's leaving did not end the first one's turn");
        first.close();
        assertTrue(
                other.submit(() -> inTurn(shortWait)).get(60, TimeUnit.SECONDS),
                "the turn is free once the first post is done");
        assertEquals(0, shortWait.sessionsInFlight());
    }

    private static boolean inTurn(SessionTurns turns) throws InterruptedException {
        try (SessionTurns.Turn turn = turns.enter("session-1")) {
            return turn.inTurn();
        }
    }

    @Test
    void aPostWaitingForItsSessionsPreviousPostGivesItsPagePlaceToTheNextPage() throws Exception {
        AdmissionGate onePage = new AdmissionGate(3, 1);
        SessionTurns.Turn first = turns.enter("session-1");
        Future<Boolean> waiting = other.submit(() -> {
            Ticket ticket = onePage.enter(Kind.PAGE, 0, TimeUnit.SECONDS);
            try (ticket;
                    Admission.Scope current = Admission.during(ticket);
                    SessionTurns.Turn turn = turns.enter("session-1")) {
                return turn.inTurn() && ticket.admitted();
            }
        });
        Eventually.until("the second post waits for the first", () -> turns.waitingFor("session-1") == 1);
        try (Ticket page = onePage.enter(Kind.PAGE, 30, TimeUnit.SECONDS)) {
            assertTrue(page.admitted() && !waiting.isDone(), "a page got the only page place while the post waited");
        }
        first.close();
        assertTrue(waiting.get(60, TimeUnit.SECONDS), "the waiting post had its turn and a page place again");
    }
}
