package org.attune.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attune.content.ParentFeedbackForm;
import org.attune.platform.SpreadsheetCsv;

/**
 * A facilitator's delivery profile: per programme, its sessions and how many parents answered, and per statement the
 * share answering positively. K-anonymity: a share is shown only when at least {@link #MIN_RESPONSES} answers stand
 * behind it, and comments only for a programme with at least that many responses, sorted so that their order says
 * nothing about who wrote them when. Never an individual response.
 */
@ApplicationScoped
public class DeliveryProfiles {

    /** The fewest responses behind any figure shown. */
    public static final int MIN_RESPONSES = 5;
    /** A session with more responses than this many times its programme's expected families is flagged. */
    public static final int FLAG_FACTOR = 2;

    /** One statement's figure: {@code percent} is null when fewer than {@link #MIN_RESPONSES} answers count. */
    public record ItemShare(String itemId, String statement, Integer percent, int base) implements Serializable {

        public boolean shown() {
            return percent != null;
        }
    }

    /** One session: its responses, whether its code is open today, and whether it drew far more than expected. */
    public record SessionRow(
            long id,
            int number,
            LocalDate date,
            String code,
            LocalDate closesAfter,
            boolean open,
            int responses,
            boolean flagged)
            implements Serializable {}

    /** One programme's profile. */
    public record ProgrammeProfile(
            long id,
            DeliverySetting setting,
            LocalDate startsOn,
            String commissioner,
            int expectedFamilies,
            List<SessionRow> sessions,
            int responses,
            List<ItemShare> items,
            List<String> comments)
            implements Serializable {

        public boolean enough() {
            return responses >= MIN_RESPONSES;
        }

        public boolean flagged() {
            return sessions.stream().anyMatch(SessionRow::flagged);
        }
    }

    /** The whole profile: every programme and the figures over all of them. */
    public record Profile(List<ProgrammeProfile> programmes, int responses, List<ItemShare> overall)
            implements Serializable {

        public boolean enough() {
            return responses >= MIN_RESPONSES;
        }
    }

    /** Several people's programmes in a period, together; figures as in {@link #aggregate}. */
    public record Aggregate(int people, int programmes, int qualifying, int responses, List<ItemShare> shares)
            implements Serializable {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DeliveryService delivery;

    @Inject
    private FeedbackForms forms;

    /** The person's profile as they see it (comments included). */
    public Profile of(long personId) {
        Optional<ParentFeedbackForm> form = forms.current();
        List<DeliveryProgramme> programmes = delivery.programmesOf(personId);
        Map<Long, Integer> perSession = new HashMap<>();
        for (Object[] row : rows(
                "SELECT r.session_id, COUNT(*) FROM delivery_response r JOIN delivery_session s"
                        + " ON s.id = r.session_id JOIN delivery_programme p ON p.id = s.programme_id WHERE p.person_id = ?1"
                        + " GROUP BY r.session_id",
                personId)) {
            perSession.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        Map<Long, Map<String, Map<String, Integer>>> answers = new HashMap<>();
        int version = form.map(ParentFeedbackForm::version).orElse(0);
        for (Object[] row : rows(
                "SELECT s.programme_id, a.item_key, a.answer, COUNT(*) FROM delivery_answer a"
                        + " JOIN delivery_response r ON r.id = a.response_id JOIN delivery_session s ON s.id = r.session_id"
                        + " JOIN delivery_programme p ON p.id = s.programme_id WHERE p.person_id = ?1 AND r.form_version = ?2"
                        + " GROUP BY s.programme_id, a.item_key, a.answer",
                personId,
                version)) {
            answers.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .merge((String) row[2], ((Number) row[3]).intValue(), Integer::sum);
        }
        Map<Long, List<String>> comments = new HashMap<>();
        for (Object[] row : rows(
                "SELECT s.programme_id, r.comment FROM delivery_response r JOIN delivery_session s"
                        + " ON s.id = r.session_id JOIN delivery_programme p ON p.id = s.programme_id WHERE p.person_id = ?1"
                        + " AND r.comment IS NOT NULL ORDER BY r.comment",
                personId)) {
            comments.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add((String) row[1]);
        }
        LocalDate today = delivery.today();
        List<ProgrammeProfile> profiles = new ArrayList<>();
        Map<String, Map<String, Integer>> all = new HashMap<>();
        int total = 0;
        for (DeliveryProgramme p : programmes) {
            List<SessionRow> sessions = new ArrayList<>();
            int responses = 0;
            for (DeliverySession s : p.getSessions()) {
                int n = perSession.getOrDefault(s.getId(), 0);
                responses += n;
                sessions.add(new SessionRow(
                        s.getId(),
                        s.getNumber(),
                        s.getDate(),
                        s.getCode(),
                        s.closesAfter(),
                        s.openOn(today),
                        n,
                        n > FLAG_FACTOR * p.getExpectedFamilies()));
            }
            total += responses;
            Map<String, Map<String, Integer>> counts = answers.getOrDefault(p.getId(), Map.of());
            List<ItemShare> shares = shares(form, counts);
            // the totals take only figures shown for their programme: a total minus the shown programmes must never
            // give away a programme's hidden figure
            shares.stream()
                    .filter(ItemShare::shown)
                    .forEach(share -> counts.getOrDefault(share.itemId(), Map.of())
                            .forEach((answer, n) -> all.computeIfAbsent(share.itemId(), k -> new HashMap<>())
                                    .merge(answer, n, Integer::sum)));
            boolean enough = responses >= MIN_RESPONSES;
            profiles.add(new ProgrammeProfile(
                    p.getId(),
                    p.getSetting(),
                    p.getStartsOn(),
                    p.getCommissionerName(),
                    p.getExpectedFamilies(),
                    sessions,
                    responses,
                    shares,
                    enough ? comments.getOrDefault(p.getId(), List.of()) : List.of()));
        }
        return new Profile(profiles, total, shares(form, all));
    }

    /**
     * The programmes of {@code personIds} that started on or after {@code from} and before {@code to}, together. A
     * programme qualifies with at least {@link #MIN_RESPONSES} responses; {@code responses} counts the qualifying
     * programmes' responses, and the shares add up only the figures each qualifying programme shows (as a person's
     * totals do), each share hidden below the minimum. {@code people}: those with a qualifying programme.
     */
    public Aggregate aggregate(Collection<Long> personIds, LocalDate from, LocalDate to) {
        if (personIds.isEmpty()) {
            return new Aggregate(0, 0, 0, 0, shares(forms.current(), Map.of()));
        }
        Optional<ParentFeedbackForm> form = forms.current();
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        parameters.addAll(new HashSet<>(personIds));
        // ?1 from, ?2 to, ?3 ... the people, then (second query only) the form version
        StringBuilder in = new StringBuilder();
        for (int i = 3; i <= parameters.size(); i++) {
            in.append(i == 3 ? "?" : ", ?").append(i);
        }
        String programmesIn = "p.person_id IN (" + in + ") AND p.starts_on >= ?1 AND p.starts_on < ?2";
        Map<Long, Long> personOf = new HashMap<>();
        Map<Long, Integer> responsesOf = new HashMap<>();
        for (Object[] row : rows(
                "SELECT p.id, p.person_id, (SELECT COUNT(*) FROM delivery_response r JOIN delivery_session s"
                        + " ON s.id = r.session_id WHERE s.programme_id = p.id) FROM delivery_programme p WHERE "
                        + programmesIn,
                parameters.toArray())) {
            long programme = ((Number) row[0]).longValue();
            personOf.put(programme, ((Number) row[1]).longValue());
            responsesOf.put(programme, ((Number) row[2]).intValue());
        }
        parameters.add(form.map(ParentFeedbackForm::version).orElse(0));
        String version = "?" + parameters.size();
        Map<Long, Map<String, Map<String, Integer>>> answers = new HashMap<>();
        for (Object[] row : rows(
                "SELECT s.programme_id, a.item_key, a.answer, COUNT(*) FROM delivery_answer a"
                        + " JOIN delivery_response r ON r.id = a.response_id JOIN delivery_session s ON s.id = r.session_id"
                        + " JOIN delivery_programme p ON p.id = s.programme_id WHERE " + programmesIn
                        + " AND r.form_version = " + version + " GROUP BY s.programme_id, a.item_key, a.answer",
                parameters.toArray())) {
            answers.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .computeIfAbsent((String) row[1], k -> new HashMap<>())
                    .merge((String) row[2], ((Number) row[3]).intValue(), Integer::sum);
        }
        Map<String, Map<String, Integer>> all = new HashMap<>();
        Set<Long> people = new HashSet<>();
        int qualifying = 0;
        int responses = 0;
        for (Map.Entry<Long, Integer> programme : responsesOf.entrySet()) {
            if (programme.getValue() < MIN_RESPONSES) {
                continue;
            }
            qualifying++;
            responses += programme.getValue();
            people.add(personOf.get(programme.getKey()));
            Map<String, Map<String, Integer>> counts = answers.getOrDefault(programme.getKey(), Map.of());
            shares(form, counts).stream()
                    .filter(ItemShare::shown)
                    .forEach(share -> counts.getOrDefault(share.itemId(), Map.of())
                            .forEach((answer, n) -> all.computeIfAbsent(share.itemId(), k -> new HashMap<>())
                                    .merge(answer, n, Integer::sum)));
        }
        return new Aggregate(people.size(), responsesOf.size(), qualifying, responses, shares(form, all));
    }

    /** The shares of each statement of the form from answer counts, each hidden below the minimum. */
    static List<ItemShare> shares(Optional<ParentFeedbackForm> form, Map<String, Map<String, Integer>> counts) {
        List<ItemShare> shares = new ArrayList<>();
        if (form.isEmpty()) {
            return shares;
        }
        for (ParentFeedbackForm.Item item : form.get().items()) {
            int base = 0;
            int positive = 0;
            for (Map.Entry<String, Integer> e :
                    counts.getOrDefault(item.id(), Map.of()).entrySet()) {
                Optional<ParentFeedbackForm.Option> option = form.get().option(e.getKey());
                if (option.isPresent() && option.get().counted()) {
                    base += e.getValue();
                    positive += option.get().positive() ? e.getValue() : 0;
                }
            }
            shares.add(new ItemShare(
                    item.id(),
                    item.statement().en(),
                    base >= MIN_RESPONSES ? Math.round(100f * positive / base) : null,
                    base));
        }
        return shares;
    }

    /** The profile's figures as CSV: one line per programme and statement, then the totals; no comments. */
    public String csv(long personId) {
        Profile profile = of(personId);
        List<Object[]> lines = new ArrayList<>();
        for (ProgrammeProfile p : profile.programmes()) {
            for (ItemShare share : p.items()) {
                lines.add(new Object[] {
                    p.startsOn().toString(),
                    p.setting().name(),
                    p.commissioner(),
                    p.sessions().size(),
                    p.responses(),
                    share.itemId(),
                    share.statement(),
                    share.shown() ? share.percent() : null,
                    share.shown() ? share.base() : null
                });
            }
        }
        for (ItemShare share : profile.overall()) {
            lines.add(new Object[] {
                "all",
                null,
                null,
                null,
                profile.responses(),
                share.itemId(),
                share.statement(),
                share.shown() ? share.percent() : null,
                share.shown() ? share.base() : null
            });
        }
        return SpreadsheetCsv.write(
                List.of(
                        "programme_start",
                        "setting",
                        "commissioner",
                        "sessions",
                        "responses",
                        "statement_id",
                        "statement",
                        "positive_percent",
                        "answers_counted"),
                lines,
                l -> l);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
