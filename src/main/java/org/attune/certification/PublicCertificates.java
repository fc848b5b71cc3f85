package org.attune.certification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.attune.platform.persistence.DataSourceConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read side of public verification: the shown columns of certificates by number, by plain JDBC on the unique
 * index of {@code cert_number}. Verification is the request Attune answers most, from anyone, and writes nothing, so
 * it skips the entity manager; everything that changes a certificate goes through {@link Certificate}. Single
 * look-ups that arrive together share one query ({@link LookupBatches}): {@code attune.verify.queries-at-once} queries
 * at a time (default 1), each for up to 64 numbers, none waiting for a timer. Under load this shares MariaDB's
 * per-statement work and the round trip among the look-ups waiting; on its own a look-up runs at once.
 */
@ApplicationScoped
public class PublicCertificates {

    private static final String SELECT = "SELECT cert_number, status, holder_name, organisation_id, organisation_name,"
            + " accreditation_at_issue, course_code, course_title, syllabus_label, syllabus_hash, competences,"
            + " issued_at, expires_at, status_changed_at FROM certificate WHERE cert_number ";

    /** Numbers in one query of single look-ups: padded to 1, 2, 4 ... 64, so a connection prepares seven statements. */
    static final int MAX_BATCH = 64;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "attune.verify.queries-at-once", defaultValue = "1")
    private int queriesAtOnce;

    private LookupBatches<String, PublicCertificate> batches;

    @PostConstruct
    void batches() {
        if (queriesAtOnce < 1) {
            throw new IllegalStateException("attune.verify.queries-at-once must be at least 1, not " + queriesAtOnce);
        }
        batches = new LookupBatches<>(this::byNumber, queriesAtOnce, MAX_BATCH);
    }

    /** The certificate with this number, if one was issued. */
    public Optional<PublicCertificate> find(CertificateNumber number) {
        return batches.find(number.value());
    }

    private Map<String, PublicCertificate> byNumber(List<String> numbers) {
        List<String> padded = new ArrayList<>(numbers);
        while (Integer.bitCount(padded.size()) != 1) {
            padded.add(numbers.get(0)); // the same number again finds nothing more
        }
        Map<String, PublicCertificate> found = new HashMap<>();
        query(inList(padded.size()), padded).forEach(c -> found.put(c.number(), c));
        return found;
    }

    private static String inList(int size) {
        return size == 1 ? SELECT + "= ?" : SELECT + "IN (" + String.join(", ", Collections.nCopies(size, "?")) + ")";
    }

    /** The certificates with these numbers (at most a thousand at a time); numbers never issued are left out. */
    public List<PublicCertificate> findAll(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        if (numbers.size() > 1000) {
            throw new IllegalArgumentException("At most 1,000 numbers at a time.");
        }
        return query(inList(numbers.size()), numbers);
    }

    private List<PublicCertificate> query(String sql, List<String> numbers) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < numbers.size(); i++) {
                statement.setString(i + 1, numbers.get(i));
            }
            List<PublicCertificate> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(new PublicCertificate(
                            row.getString(1),
                            Certificate.Stored.valueOf(row.getString(2)),
                            row.getString(3),
                            row.getLong(4),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8),
                            row.getString(9),
                            row.getString(10),
                            row.getString(11),
                            instant(row.getTimestamp(12)),
                            instant(row.getTimestamp(13)),
                            instant(row.getTimestamp(14))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read certificates for verification", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
