package org.attune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.platform.PeopleNames;

/**
 * The administrators' reading of the audit log: one page of events at a time, filtered by action, dates and a
 * person's name or any text of the actor or subject, with the people it names by their names.
 * <p>
 * Events name people by id ({@code "12"} or {@code "person:12"} as the actor, {@code "person:12"} as the subject),
 * and the audit feature may use only {@code platform}: names come through {@link PeopleNames}, which account
 * implements. A search by name asks it for the ids of the people so named, then matches those references exactly.
 */
@ApplicationScoped
public class AuditSearch {

    /** Events on a page. */
    public static final int PAGE_SIZE = 50;
    /** The longest search text: the longest actor or subject an event can hold. */
    public static final int MAX_TEXT = 320;
    /** People whose names match a search, at most: a name that matches more is too vague to be useful. */
    static final int MAX_PEOPLE = 500;

    private static final Pattern PERSON = Pattern.compile("(?:person:)?(\\d{1,18})");

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private PeopleNames people;

    /** What to look for; null or blank parts are ignored. {@code until} is exclusive. */
    public record Filter(String action, String text, Instant from, Instant until) {}

    /** Someone or something an event names: the name when it is a known person, else the text as recorded. */
    public record Party(String text, Long personId) {}

    /** An event with its actor and subject as people read them (null actor: the system or an anonymous visitor). */
    public record Row(AuditEvent event, Party actor, Party subject) {}

    /** One page of matching events, newest first; {@code number} counts from 1 and is at most {@code pages}. */
    public record Page(List<Row> rows, long total, int number, int pages) {}

    /**
     * The page with this number, or the last when there are fewer pages (the caller compares {@code number}).
     */
    public Page page(Filter filter, int requested) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.max(1, Math.min(requested, pages));
        TypedQuery<AuditEvent> query = em.createQuery(
                        "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setFirstResult((number - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE);
        parameters.forEach(query::setParameter);
        return new Page(named(query.getResultList()), total, number, pages);
    }

    private String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (filter.action() != null && !filter.action().isBlank()) {
            jpql.append(" and e.action = :action");
            parameters.put("action", filter.action().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            jpql.append(" and (lower(e.actor) like :text escape '!' or lower(e.subject) like :text escape '!'");
            parameters.put(
                    "text",
                    "%"
                            + text.toLowerCase(Locale.ROOT)
                                    .replace("!", "!!")
                                    .replace("%", "!%")
                                    .replace("_", "!_") + "%");
            List<Long> named = people.idsNamed(text, MAX_PEOPLE);
            if (!named.isEmpty()) {
                List<String> actors = new ArrayList<>();
                List<String> subjects = new ArrayList<>();
                for (Long id : named) {
                    actors.add(String.valueOf(id));
                    actors.add("person:" + id);
                    subjects.add("person:" + id);
                }
                jpql.append(" or e.actor in :actors or e.subject in :subjects");
                parameters.put("actors", actors);
                parameters.put("subjects", subjects);
            }
            jpql.append(')');
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            jpql.append(" and e.occurredAt < :until");
            parameters.put("until", filter.until());
        }
        return jpql.toString();
    }

    private List<Row> named(List<AuditEvent> events) {
        Set<Long> ids = new LinkedHashSet<>();
        for (AuditEvent e : events) {
            personId(e.actor()).ifPresent(ids::add);
            personId(e.subject()).ifPresent(ids::add);
        }
        Map<Long, String> names = people.namesOf(ids);
        return events.stream()
                .map(e -> new Row(e, party(e.actor(), names), party(e.subject(), names)))
                .toList();
    }

    private static Party party(String recorded, Map<Long, String> names) {
        if (recorded == null) {
            return null;
        }
        return personId(recorded)
                .filter(names::containsKey)
                .map(id -> new Party(names.get(id), id))
                .orElseGet(() -> new Party(recorded, null));
    }

    /** The person an actor or subject names: {@code "12"} or {@code "person:12"}. */
    static Optional<Long> personId(String recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        Matcher m = PERSON.matcher(recorded);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The distinct actions recorded so far, for a filter menu. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }
}
