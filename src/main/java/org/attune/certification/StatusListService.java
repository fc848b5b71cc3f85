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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The signed W3C Bitstring Status List credentials Attune's credentials point at: for each list number, a revocation
 * list and a suspension list of one bit per entry ({@link StatusListSlots}), and the older two-bit "message" list
 * ({@code /api/v1/status-lists/1}) that credentials issued before them name by certificate id. Each is built from
 * the certificates that are suspended or revoked (an indexed query), and signed again only when that set changes,
 * so a change is visible on the next request.
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

    @Inject
    private StatusListSlots slots;

    private record Signed(Object content, String jwt) {}

    private final Map<String, Signed> cached = new ConcurrentHashMap<>();

    /**
     * The compact VC-JWT of the list of this purpose and number; empty when no such list has been opened (list 1
     * always exists).
     */
    public Optional<String> signedList(StatusPurpose purpose, int list) {
        if (list < 1 || list > Math.max(1, slots.highestList())) {
            return Optional.empty();
        }
        Set<Integer> set = Set.copyOf(em.createQuery(
                        "select c.statusIndex from Certificate c"
                                + " where c.statusList = :list and c.status = :status",
                        Integer.class)
                .setParameter("list", list)
                .setParameter("status", purpose.setWhile())
                .getResultList());
        String url = signer.urls().statusList(purpose, list);
        return Optional.of(signed(
                url, set, () -> StatusList.encode(StatusList.flags(StatusListSlots.ENTRIES, set)), purpose.json()));
    }

    /** The compact VC-JWT of the two-bit list of the credentials issued before the two-purpose lists. */
    public String signedList() {
        Map<Long, Integer> values = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.status from Certificate c where c.status <> :active"
                                + " and c.statusList is null",
                        Object[].class)
                .setParameter("active", Certificate.Stored.ACTIVE)
                .getResultList();
        for (Object[] row : rows) {
            values.put(
                    (Long) row[0],
                    row[1] == Certificate.Stored.REVOKED
                            ? CertificateStatus.REVOKED.listValue()
                            : CertificateStatus.SUSPENDED.listValue());
        }
        Long highest = em.createQuery("select max(c.id) from Certificate c", Long.class)
                .getSingleResult();
        int entries = StatusList.entriesFor(highest == null ? 0 : highest);
        return signed(
                signer.urls().statusList(),
                List.of(Map.copyOf(values), entries),
                () -> StatusList.encode(StatusList.bits(entries, values)),
                "message");
    }

    private String signed(String url, Object content, Supplier<String> encodedList, String purpose) {
        Signed current = cached.get(url);
        if (current != null && current.content().equals(content)) {
            return current.jwt();
        }
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        var credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
                .add("id", url)
                .add(
                        "type",
                        Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", signer.urls().issuer())
                .add("validFrom", now)
                .add(
                        "credentialSubject",
                        Json.createObjectBuilder()
                                .add("id", url + "#list")
                                .add("type", "BitstringStatusList")
                                .add("statusPurpose", purpose)
                                .add("encodedList", encodedList.get()))
                .add("iss", signer.urls().issuer())
                .add("jti", url)
                .add("nbf", clock.instant().getEpochSecond())
                .add("sub", url + "#list")
                .build();
        String jwt = keys.sign(credential.toString());
        cached.put(url, new Signed(content, jwt));
        return jwt;
    }
}
