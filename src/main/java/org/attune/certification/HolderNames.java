package org.attune.certification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.attune.platform.faces.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose name public verification shows. While a certificate is valid, and for a retention period after it expires
 * ({@code attune.retention.certificate-name-months}, environment {@code ATTUNE_RETENTION_CERTIFICATE_NAME_MONTHS},
 * default 72), verifiers see the holder's name; after that, and at once for an expired certificate whose holder was
 * erased, they see "name withheld". The number, status, dates and the signed credential stay verifiable.
 */
@ApplicationScoped
public class HolderNames {

    public static final String WITHHELD_KEY = "verify.holder.withheld";

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    static final int DEFAULT_MONTHS = 72;
    private static final Logger LOG = Logger.getLogger(HolderNames.class.getName());

    @Inject
    @ConfigProperty(name = "attune.retention.certificate-name-months")
    private Optional<String> configuredMonths;

    /**
     * A value that is not a whole number from 1 to 1200 is logged once and the default applies: Attune still starts,
     * and the privacy notice (which judges the setting the same way) states the default meanwhile.
     */
    private int retentionMonths;

    @PostConstruct
    void readSetting() {
        OptionalInt configured = months(configuredMonths.orElse(null));
        retentionMonths = configured.orElse(DEFAULT_MONTHS);
        if (configured.isEmpty() && configuredMonths.filter(v -> !v.isBlank()).isPresent()) {
            LOG.severe(() -> "ATTUNE_RETENTION_CERTIFICATE_NAME_MONTHS must be a whole number from 1 to 1200;"
                    + " using the default, " + DEFAULT_MONTHS);
        }
    }

    /** The configured months when the text is a whole number from 1 to 1200. */
    static OptionalInt months(String configured) {
        String text = configured == null ? "" : configured.strip();
        if (!text.matches("\\d{1,4}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value < 1 || value > 1200 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** The name verification shows for a certificate at {@code now}. */
    public String shown(PublicCertificate certificate, Instant now) {
        return withheld(certificate.holderName(), certificate.expiresAt(), now, retentionMonths)
                ? Texts.get(WITHHELD_KEY)
                : certificate.holderName();
    }

    /** One rule for every caller: erased (blank) names, and names kept past expiry plus the retention period. */
    static boolean withheld(String holderName, Instant expiresAt, Instant now, int retentionMonths) {
        return holderName == null
                || holderName.isBlank()
                || !now.isBefore(expiresAt
                        .atOffset(ZoneOffset.UTC)
                        .plusMonths(retentionMonths)
                        .toInstant());
    }

    /**
     * Erasure of a holder: the name on each of their certificates that has expired is withheld from now on (a valid
     * certificate keeps it until expiry plus the retention period). In the caller's transaction; how many changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withholdExpired(long personId) {
        Instant now = clock.instant();
        var expired = em.createQuery(
                        "select c from Certificate c where c.personId = :p and c.expiresAt <= :now", Certificate.class)
                .setParameter("p", personId)
                .setParameter("now", now)
                .getResultList();
        expired.forEach(Certificate::withholdHolderName);
        return expired.size();
    }
}
