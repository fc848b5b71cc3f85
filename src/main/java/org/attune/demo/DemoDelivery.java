package org.attune.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.content.ParentFeedbackForm;
import org.attune.delivery.DeliveryProgramme;
import org.attune.delivery.DeliveryService;
import org.attune.delivery.DeliverySession;
import org.attune.delivery.DeliverySetting;
import org.attune.delivery.FeedbackForms;
import org.attune.delivery.ProgrammeForm;

/**
 * The demo facilitator's delivery record: two programmes, parents' answers enough to show a profile (first made
 * through the same service parents use), and an open feedback code for the DEMO line, a new programme when every
 * earlier code has closed.
 */
@ApplicationScoped
class DemoDelivery {

    static final String FACILITATOR = "facilitator@attune.example";

    /** Per demo parent, an answer per statement in form order (cycled): mostly positive, some not. */
    private static final List<String> PATTERNS =
            List.of("a-lot", "a-lot", "a-little", "a-lot", "not-really", "a-lot", "dont-know");

    @Inject
    private PeopleService people;

    @Inject
    private DeliveryService delivery;

    @Inject
    private FeedbackForms forms;

    private final SecureRandom random = new SecureRandom();

    /** Creates what is missing; the code of a session open today, if the facilitator is certified. */
    Optional<String> seed() {
        Optional<Person> facilitator = people.findByEmail(FACILITATOR);
        Optional<ParentFeedbackForm> form = forms.current();
        if (facilitator.isEmpty()
                || form.isEmpty()
                || !delivery.certified(facilitator.get().id())) {
            return Optional.empty();
        }
        long me = facilitator.get().id();
        if (delivery.programmesOf(me).isEmpty()) {
            LocalDate today = delivery.today();
            DeliveryProgramme hub = delivery.start(
                    me,
                    new ProgrammeForm(
                            DeliverySetting.FAMILY_HUB, today.minusDays(6), 6, null, "Riverside Family Hub", 8));
            answer(hub.getSessions().get(0), form.get(), 6, 0);
            answer(hub.getSessions().get(1), form.get(), 5, 2);
            DeliveryProgramme clinic = delivery.start(
                    me,
                    new ProgrammeForm(
                            DeliverySetting.HEALTH_CENTRE, today.minusDays(2), 5, null, "Northgate Health Centre", 6));
            answer(clinic.getSessions().get(0), form.get(), 5, 4);
        }
        LocalDate today = delivery.today();
        Optional<String> open = delivery.programmesOf(me).stream()
                .flatMap(p -> p.getSessions().stream())
                .filter(s -> s.openOn(today))
                .map(DeliverySession::getCode)
                .findFirst();
        if (open.isPresent()) {
            return open;
        }
        return Optional.of(delivery.start(
                        me, new ProgrammeForm(DeliverySetting.FAMILY_HUB, today, 6, null, "Riverside Family Hub", 8))
                .getSessions()
                .get(0)
                .getCode());
    }

    private void answer(DeliverySession session, ParentFeedbackForm form, int parents, int shift) {
        for (int parent = 0; parent < parents; parent++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < form.items().size(); i++) {
                answers.put(form.items().get(i).id(), PATTERNS.get((parent + i + shift) % PATTERNS.size()));
            }
            byte[] token = new byte[16];
            random.nextBytes(token);
            delivery.answer(
                    session.getCode(),
                    HexFormat.of().formatHex(token),
                    answers,
                    parent == 0
                            ? "My baby loved it and so did I. The bit about waiting for her to say yes helped."
                            : null);
        }
    }
}
