package org.attune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.platform.PeopleNames;

/** People's names for features that may not use account (the audit log), read from the {@code person} table. */
@ApplicationScoped
public class AccountPeopleNames implements PeopleNames {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select p.id, p.displayName from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Override
    public List<Long> idsNamed(String text, int max) {
        String like = "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
        return em.createQuery(
                        "select p.id from Person p where lower(p.displayName) like :t escape '!'" + " order by p.id",
                        Long.class)
                .setParameter("t", like)
                .setMaxResults(max)
                .getResultList();
    }
}
