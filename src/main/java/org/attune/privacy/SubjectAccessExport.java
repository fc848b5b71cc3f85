package org.attune.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.attune.account.Person;
import org.attune.audit.AuditActor;
import org.attune.audit.AuditLog;
import org.attune.platform.persistence.DataSourceConfiguration;

/**
 * Everything Attune holds about a person, streamed as one ZIP (UK GDPR article 15): a JSON file per kind of record
 * ({@link PersonalData}), their evidence files under {@code evidence/}, and a README in plain English. Rows are read
 * and written one at a time, so a large record never sits in memory.
 */
@ApplicationScoped
public class SubjectAccessExport {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The download's file name. */
    public static String fileName(Person person) {
        return "attune-personal-data-" + person.id() + ".zip";
    }

    /** Records who downloaded whose data; its own transaction, before the first byte is sent. */
    public void recordDownload(Person person, long byPersonId) {
        audit.record(
                AuditActor.person(byPersonId),
                "PERSONAL_DATA_EXPORTED",
                "person:" + person.id(),
                byPersonId == person.id() ? "own data" : "by an administrator");
    }

    /** Writes the ZIP to {@code out}, which it finishes but does not close. */
    public void write(Person person, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (Connection connection = dataSource.getConnection()) {
            entry(zip, "README.txt");
            zip.write(Readme.text(person.id(), clock.instant()).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (String file : PersonalData.files()) {
                entry(zip, file);
                writeJson(connection, file, person, zip);
                zip.closeEntry();
            }
            writeEvidence(connection, person, zip);
        } catch (SQLException e) {
            throw new IOException("Could not read the personal data of person " + person.id(), e);
        }
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
    }

    private static void writeJson(Connection connection, String file, Person person, ZipOutputStream zip)
            throws SQLException {
        JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(new KeepOpen(zip), StandardCharsets.UTF_8);
        json.writeStartObject();
        for (ExportQuery query : PersonalData.QUERIES) {
            if (query.file().equals(file)) {
                json.writeStartArray(query.key());
                rows(connection, query.jdbcSql(), query.parameters(person.id(), person.email()), json);
                json.writeEnd();
            }
        }
        json.writeEnd();
        json.close(); // flushes; KeepOpen leaves the ZIP open
    }

    private static void rows(Connection connection, String sql, List<Object> parameters, JsonGenerator json)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                var meta = row.getMetaData();
                while (row.next()) {
                    json.writeStartObject();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        JsonValues.write(json, meta.getColumnLabel(c).toLowerCase(Locale.ROOT), row.getObject(c));
                    }
                    json.writeEnd();
                }
            }
        }
    }

    private static void writeEvidence(Connection connection, Person person, ZipOutputStream zip)
            throws SQLException, IOException {
        String sql = new ExportQuery("evidence", "files", "evidence_content", Set.of(), PersonalData.EVIDENCE_FILES)
                .jdbcSql();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, person.id());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    entry(zip, "evidence/" + row.getLong(1) + "-" + safeName(row.getString(2)));
                    try (InputStream content = row.getBinaryStream(3)) {
                        content.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
    }

    /** A file name as uploaded, reduced to characters that are safe in a ZIP entry on every system. */
    static String safeName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.replaceAll("^[._]+", "");
        return name.isEmpty() ? "file" : name.substring(0, Math.min(100, name.length()));
    }

    /** Lets the JSON generator close without closing the ZIP under it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
