package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed W3C Bitstring Status List credential every Attune credential points at. Built from the certificates
 * that are suspended or revoked (an indexed query), and signed again only when that set changes, so a change is
 * visible on the next request.
 */
@ApplicationScoped
public class StatusListService {

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SigningKeys keys;

    @Inject
    private CredentialSigner signer;

    private record Signed(Map<Long, Integer> values, int entries, String jwt) {
    }

    private volatile Signed cached;

    /** The compact VC-JWT of the status list. */
    public String signedList() {
        Map<Long, Integer> values = new HashMap<>();
        List<Object[]> rows = em.createQuery("select c.id, c.status from Certificate c where c.status <> :active",
                Object[].class).setParameter("active", Certificate.Stored.ACTIVE).getResultList();
        for (Object[] row : rows) {
            values.put((Long) row[0], row[1] == Certificate.Stored.REVOKED ? CertificateStatus.REVOKED.listValue()
                    : CertificateStatus.SUSPENDED.listValue());
        }
        Long highest = em.createQuery("select max(c.id) from Certificate c", Long.class).getSingleResult();
        int entries = StatusList.entriesFor(highest == null ? 0 : highest);
        Signed current = cached;
        if (current != null && current.values().equals(values) && current.entries() == entries) {
            return current.jwt();
        }
        String url = signer.urls().statusList();
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        var credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
                .add("id", url)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", signer.urls().issuer())
                .add("validFrom", now)
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "message")
                        .add("encodedList", StatusList.encode(StatusList.bits(entries, values))))
                .add("iss", signer.urls().issuer())
                .add("jti", url)
                .add("nbf", clock.instant().getEpochSecond())
                .add("sub", url + "#list")
                .build();
        String jwt = keys.sign(credential.toString());
        cached = new Signed(Map.copyOf(values), entries, jwt);
        return jwt;
    }
}
