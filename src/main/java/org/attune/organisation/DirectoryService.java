package org.attune.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attune.account.Person;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;

/**
 * The public directory of accredited training organisations and each one's profile: contact, website, curriculum
 * summary and accreditation (status, focus, validity and the history of decisions). Public pages name no people and
 * no cohorts: what the directory needs and nothing more, whether or not the organisation is accredited.
 */
@ApplicationScoped
public class DirectoryService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private AccreditationService accreditation;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AuditLog audit;

    /** One organisation as the directory lists it. */
    public record Entry(long id, String name, String website, String status, String focus, Instant validUntil)
            implements Serializable {}

    /** A training organisation's public profile. */
    public record Profile(Entry entry, String contactEmail, String curriculum, List<Accreditation> history)
            implements Serializable {}

    /** Training organisations accredited now, by name. */
    public List<Entry> accredited() {
        List<Entry> entries = new ArrayList<>();
        for (Organisation o : organisations.all()) {
            if (o.isTraining()) {
                AccreditationStatus status = accreditation.current(o.getId());
                if (status.accredited()) {
                    entries.add(entry(o, status));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER));
        return entries;
    }

    /** The profile of a training organisation (any: the page also explains one that is not accredited). */
    public Optional<Profile> profile(long id) {
        return organisations
                .find(id)
                .filter(Organisation::isTraining)
                .map(o -> new Profile(
                        entry(o, accreditation.current(o.getId())),
                        o.getContactEmail(),
                        o.getCurriculumSummary(),
                        accreditation.history(o.getId())));
    }

    private static Entry entry(Organisation o, AccreditationStatus status) {
        return new Entry(o.getId(), o.getName(), o.getWebsite(), status.status(), status.focus(), status.validUntil());
    }

    /** A lead trainer describes their own organisation's curriculum for its public profile. */
    @Transactional
    public void describeCurriculum(Person lead, String summary) {
        if (lead == null || !lead.hasRole(Role.LEAD_TRAINER)) {
            throw new SecurityException("Only lead trainers describe their organisation");
        }
        Organisation own = organisations
                .organisationOf(lead)
                .filter(Organisation::isTraining)
                .orElseThrow(() -> new SecurityException("No training organisation"));
        em.find(Organisation.class, own.getId()).describeCurriculum(summary);
        audit.record(AuditActor.person(lead.id()), "CURRICULUM_DESCRIBED", "organisation:" + own.getId(), "");
    }
}
