package org.attune.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.account.HashingGate;
import org.attune.platform.web.AdmissionGate.Kind;
import org.attune.platform.web.AdmissionGate.Ticket;
import org.attune.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    private final AdmissionGate gate = new AdmissionGate(3, 2);
    private final ExecutorService waiter = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopWaiter() {
        waiter.shutdownNow();
    }

    private Ticket now(Kind kind) throws InterruptedException {
        return gate.enter(kind, 0, TimeUnit.SECONDS);
    }

    @Test
    void quickRequestsGetInWhileEveryPagePlaceIsTaken() throws Exception {
        assertTrue(now(Kind.PAGE).admitted());
        assertTrue(now(Kind.PAGE).admitted());
        assertFalse(now(Kind.PAGE).admitted(), "a third page waits");
        assertTrue(now(Kind.QUICK).admitted(), "quick requests have places of their own");
    }

    @Test
    void pagesGetInWhileEveryQuickPlaceIsTaken() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertTrue(now(Kind.QUICK).admitted());
        }
        assertFalse(now(Kind.QUICK).admitted(), "a fourth quick request waits");
        assertTrue(now(Kind.PAGE).admitted());
    }

    @Test
    void aWaitingPageGoesInWhenAnotherPageLeaves() throws Exception {
        Ticket first = now(Kind.PAGE);
        now(Kind.PAGE);
        Future<Boolean> third =
                waiter.submit(() -> gate.enter(Kind.PAGE, 60, TimeUnit.SECONDS).admitted());
        first.close();
        assertTrue(third.get(60, TimeUnit.SECONDS), "admitted once the first page left, not after the timeout");
    }

    @Test
    void aRequestSteppingAsideLetsTheNextPageInAndQueuesForAPlaceAgainAfterwards() throws Exception {
        Ticket stepping = now(Kind.PAGE);
        now(Kind.PAGE);
        Future<Ticket> next = waiter.submit(() -> gate.enter(Kind.PAGE, 60, TimeUnit.SECONDS));
        boolean nextGotIn = stepping.aside(() -> {
            try (Ticket admitted = next.get(60, TimeUnit.SECONDS)) {
                return admitted.admitted();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(nextGotIn, "the waiting page took the place given up");
        assertTrue(stepping.admitted(), "the one that stepped aside holds a place again once its work is done");
        assertFalse(now(Kind.PAGE).admitted(), "and no place was lost or made on the way");
        stepping.close();
        assertTrue(now(Kind.PAGE).admitted());
    }

    @Test
    void aSignInWaitingForAPasswordCheckGivesItsPagePlaceToTheNextPage() throws Exception {
        AdmissionGate onePage = new AdmissionGate(3, 1);
        HashingGate hashing = new HashingGate(1);
        AtomicBoolean pageGotIn = new AtomicBoolean();
        Future<Boolean> signIn = hashing.through(() -> {
            Future<Boolean> waitingSignIn = waiter.submit(() -> {
                Ticket ticket = onePage.enter(Kind.PAGE, 0, TimeUnit.SECONDS);
                try (ticket;
                        Admission.Scope current = Admission.during(ticket)) {
                    return hashing.through(() -> true) && ticket.admitted();
                }
            });
            try {
                Eventually.until("the sign-in waits for the password check", () -> hashing.waiting() == 1);
                try (Ticket page = onePage.enter(Kind.PAGE, 30, TimeUnit.SECONDS)) {
                    pageGotIn.set(page.admitted() && !waitingSignIn.isDone());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return waitingSignIn;
        });
        assertTrue(pageGotIn.get(), "a page got the only page place while the sign-in waited for hashing");
        assertTrue(signIn.get(60, TimeUnit.SECONDS), "the sign-in was checked and held a page place again");
    }

    @Test
    void aTicketThatWasNotAdmittedGivesBackNothingWhenClosed() throws Exception {
        for (int i = 0; i < 3; i++) {
            now(Kind.QUICK);
        }
        Ticket late = now(Kind.QUICK);
        late.close();
        assertFalse(now(Kind.QUICK).admitted(), "closing a ticket without a place freed none");
    }

    @Test
    void apiCallsAndStaticResourcesAreQuickAndEverythingElseIsAPage() {
        assertEquals(Kind.QUICK, RequestAdmission.kindOf("/api/v1/attempts/7/answers/3"));
        assertEquals(Kind.QUICK, RequestAdmission.kindOf("/jakarta.faces.resource/theme.css.xhtml"));
        assertEquals(Kind.QUICK, RequestAdmission.kindOf("/resources/attune.css"));
        assertEquals(Kind.PAGE, RequestAdmission.kindOf("/trainee/quiz.xhtml"));
        assertEquals(Kind.PAGE, RequestAdmission.kindOf("/verify/AT-2026-000001"));
        assertEquals(Kind.PAGE, RequestAdmission.kindOf("/apiary"));
    }

    /** The gate works only as the first filter: a request waiting for its turn must hold nothing else. */
    @Test
    void requestAdmissionIsTheFirstFilterOfEveryRequest() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher first = Pattern.compile("<filter-mapping>\\s*<filter-name>([^<]+)</filter-name>\\s*"
                        + "<url-pattern>([^<]+)</url-pattern>")
                .matcher(webXml);
        assertTrue(first.find(), "web.xml maps filters");
        assertEquals("RequestAdmission", first.group(1));
        assertEquals("/*", first.group(2));
    }

    @Test
    void eachKindNeedsAPlaceAtLeast() {
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new AdmissionGate(3, 0));
    }
}
