package org.attune.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.IntSupplier;

/**
 * Hands out each new certificate's place in the status lists at random, as the Bitstring Status List specification
 * advises (an index must not tell how many credentials were issued before, or when). A slot, list number and index,
 * is used in the revocation list and the suspension list of that number. It is claimed by inserting it into
 * {@code status_list_slot}, whose primary key makes it unique; {@code INSERT IGNORE} makes a slot that another
 * request or node claimed first a miss rather than an error (the writer's transaction goes on), and another index
 * is drawn. A list takes new slots until it is half full ({@value #FILL_LIMIT}), so a draw rarely misses; then the
 * next list number opens.
 */
@ApplicationScoped
public class StatusListSlots {

    /** Entries a list holds: the specification's minimum (131,072 bits, 16 KB uncompressed). */
    public static final int ENTRIES = StatusList.MIN_ENTRIES;

    static final int FILL_LIMIT = ENTRIES / 2;
    private static final int DRAWS = 64;

    /** A place in the lists: the lists' number (from 1) and the index in each (0 to {@link #ENTRIES} - 1). */
    public record Slot(int list, int index) {

        public Slot {
            if (list < 1 || index < 0 || index >= ENTRIES) {
                throw new IllegalArgumentException("No status list slot " + list + "/" + index);
            }
        }
    }

    @PersistenceContext(unitName = "attune")
    private EntityManager em;

    @Inject
    private Clock clock;

    private final SecureRandom random = new SecureRandom();

    /** Claims a free slot in the caller's transaction (released again if that transaction rolls back). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Slot claim() {
        return claim(() -> random.nextInt(ENTRIES));
    }

    /** Claims the first free index that {@code draws} gives (tests draw the same indexes at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    Slot claim(IntSupplier draws) {
        int list = openList();
        for (int draw = 0; draw < DRAWS; draw++) {
            int index = draws.getAsInt();
            int inserted = em.createNativeQuery("INSERT IGNORE INTO status_list_slot (list_number, list_index,"
                            + " allocated_at) VALUES (?, ?, ?)")
                    .setParameter(1, list)
                    .setParameter(2, index)
                    .setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
            if (inserted == 1) {
                return new Slot(list, index);
            }
        }
        throw new IllegalStateException("No free status list slot in " + DRAWS + " draws in list " + list);
    }

    /** The highest list number in use, or the next when it is half full. */
    private int openList() {
        Number highest = (Number) em.createNativeQuery("SELECT MAX(list_number) FROM status_list_slot")
                .getSingleResult();
        if (highest == null) {
            return 1;
        }
        int list = highest.intValue();
        Number used = (Number) em.createNativeQuery("SELECT COUNT(*) FROM status_list_slot WHERE list_number = ?")
                .setParameter(1, list)
                .getSingleResult();
        return used.longValue() >= FILL_LIMIT ? list + 1 : list;
    }

    /** The highest list number in use (0 when no certificate has a slot yet). */
    public int highestList() {
        Number highest = (Number) em.createNativeQuery("SELECT MAX(list_number) FROM status_list_slot")
                .getSingleResult();
        return highest == null ? 0 : highest.intValue();
    }
}
