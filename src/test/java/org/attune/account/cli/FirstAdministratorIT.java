package org.attune.account.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.attune.account.SetPasswordLinks;
import org.attune.platform.migration.DatabaseMigrator;
import org.attune.testing.Deployments;
import org.attune.testing.TestDatabase;
import org.attune.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code scripts/attune-admin create-admin} against real MariaDB/MySQL databases. Creation and the refusals run the
 * command's main logic in-process on a scratch database that each test migrates itself (the shared test database
 * may hold administrators made by other tests). The end-to-end test runs the real script over the built WAR against
 * the database of the deployed application, follows the printed link and signs in as the new administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstAdministratorIT {

    private static final String SCRATCH = "first_admin";
    private static final Pattern LINK =
            Pattern.compile("^(\\S+/password-choose\\?token=([A-Za-z0-9_-]+))$", Pattern.MULTILINE);
    private static final String PASSWORD = "first-administrator-passphrase";
    private static final String ACTIVE_ADMINISTRATORS = "SELECT p.id FROM person p JOIN person_role r"
            + " ON r.person_id = p.id WHERE r.role = 'ADMINISTRATOR' AND p.active = TRUE";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attune();
    }

    @ArquillianResource
    private URL base;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void dropScratchDatabase() throws Exception {
        TestDatabase.dropScratch(SCRATCH);
    }

    @Test
    void createsAnAdministratorWithoutPasswordAndALinkValidFor24HoursAndAuditsIt() throws Exception {
        DataSource scratch = migratedScratch();
        Result result = run(
                environment(scratch, "https://attune.example.org/"),
                "create-admin",
                " First.Admin@Example.ORG ",
                "--name",
                "Ada Lovelace");

        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        Matcher link = LINK.matcher(result.out());
        assertTrue(link.find(), "no link printed: " + result.out());
        assertTrue(link.group(1).startsWith("https://attune.example.org/password-choose?token="), link.group(1));
        assertTrue(result.out().contains("first.admin@example.org"), result.out());
        assertEquals(
                List.of("first.admin@example.org|Ada Lovelace|null|true"),
                rows(
                        scratch,
                        "SELECT CONCAT_WS('|', email, display_name, COALESCE(password_hash, 'null'), IF(active, 'true', 'false'))"
                                + " FROM person"));
        assertEquals(List.of("ADMINISTRATOR"), rows(scratch, "SELECT role FROM person_role"));
        assertEquals(
                List.of(SetPasswordLinks.hash(link.group(2)) + "|86400"),
                rows(
                        scratch,
                        "SELECT CONCAT(token_hash, '|', TIMESTAMPDIFF(SECOND, created_at, expires_at))"
                                + " FROM password_reset_token WHERE used_at IS NULL"));
        assertEquals(
                1,
                rows(
                                scratch,
                                "SELECT id FROM audit_event WHERE action = 'FIRST_ADMINISTRATOR_CREATED'"
                                        + " AND subject = CONCAT('person:', (SELECT id FROM person))")
                        .size());
        assertEquals(
                List.of(),
                rows(scratch, "SELECT detail FROM audit_event WHERE detail LIKE ?", "%" + link.group(2) + "%"),
                "the token was written to the audit log");
    }

    @Test
    void refusesASecondAdministratorAndWritesNothing() throws Exception {
        DataSource scratch = migratedScratch();
        assertEquals(
                0,
                run(environment(scratch, null), "create-admin", "first@example.org")
                        .code());
        List<String> before = everything(scratch);

        Result second = run(environment(scratch, null), "create-admin", "second@example.org", "--name", "Second");

        assertEquals(1, second.code());
        assertEquals("", second.out(), "a link was printed");
        assertTrue(second.err().contains("already has an administrator"), second.err());
        assertEquals(1, second.err().strip().lines().count(), second.err());
        assertEquals(before, everything(scratch));
    }

    @Test
    void anAdministratorWhoNeverChoseAPasswordGetsANewLinkAndTheEarlierOneStopsWorking() throws Exception {
        DataSource scratch = migratedScratch();
        Result first = run(environment(scratch, null), "create-admin", "first@example.org");
        assertEquals(0, first.code(), first.err());
        Matcher firstLink = LINK.matcher(first.out());
        assertTrue(firstLink.find(), first.out());

        Result again = run(environment(scratch, null), "create-admin", "first@example.org");

        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("has not chosen a password yet"), again.out());
        Matcher secondLink = LINK.matcher(again.out());
        assertTrue(secondLink.find(), again.out());
        assertTrue(!secondLink.group(2).equals(firstLink.group(2)), "the same token twice");
        assertEquals(
                List.of(SetPasswordLinks.hash(secondLink.group(2))),
                rows(scratch, "SELECT token_hash FROM password_reset_token WHERE used_at IS NULL"),
                "the first link still works");
        assertEquals(1, rows(scratch, "SELECT id FROM person").size(), "a second person was created");
        assertEquals(
                1,
                rows(scratch, "SELECT id FROM audit_event WHERE action = 'FIRST_ADMINISTRATOR_LINK_REISSUED'")
                        .size());
        Result someoneElse = run(environment(scratch, null), "create-admin", "other@example.org");
        assertEquals(1, someoneElse.code(), "only the waiting administrator's own address gets a new link");
    }

    @Test
    void refusesAMalformedEmailAndWritesNothing() throws Exception {
        DataSource scratch = migratedScratch();

        Result result = run(environment(scratch, null), "create-admin", "admin.example.org");

        assertEquals(2, result.code());
        assertEquals("", result.out());
        assertEquals(
                "Nothing was created: \"admin.example.org\" is not an e-mail address.",
                result.err().strip());
        assertEquals(List.of("0|0|0|0"), everything(scratch));
    }

    @Test
    void refusesAnAddressThatADeactivatedPersonStillUsesAndWritesNothing() throws Exception {
        DataSource scratch = migratedScratch();
        assertEquals(
                0,
                run(environment(scratch, null), "create-admin", "former@example.org")
                        .code());
        update(scratch, "UPDATE person SET active = FALSE");
        List<String> before = everything(scratch);

        Result result = run(environment(scratch, null), "create-admin", "FORMER@example.org");

        assertEquals(1, result.code());
        assertTrue(result.err().contains("someone already uses former@example.org"), result.err());
        assertEquals(before, everything(scratch));
        assertEquals(
                0,
                run(environment(scratch, null), "create-admin", "new@example.org")
                        .code(),
                "a deactivated administrator should not block a new one");
    }

    @Test
    void refusesBeforeTheSchemaIsMigratedAndLeavesTheDatabaseUntouched() throws Exception {
        TestDatabase.dropScratch(SCRATCH);
        DataSource empty = TestDatabase.scratch(SCRATCH);

        Result result = run(environment(empty, null), "create-admin", "admin@example.org");

        assertEquals(1, result.code());
        assertTrue(result.err().contains("Start Attune once"), result.err());
        assertEquals(List.of(), rows(empty, "SHOW TABLES"));
    }

    @Test
    void refusesWhenTheDatabaseCannotBeReached() {
        Map<String, String> environment =
                Map.of("ATTUNE_DB_URL", "jdbc:mysql://127.0.0.1:1/attune?password=secret", "ATTUNE_DB_USER", "attune");

        Result result = run(environment, "create-admin", "admin@example.org");

        assertEquals(3, result.code());
        assertEquals("", result.out());
        assertTrue(
                result.err()
                        .startsWith("Nothing was created: cannot connect to the database at"
                                + " jdbc:mysql://127.0.0.1:1/attune:"),
                result.err());
        assertTrue(!result.err().contains("secret"), "the URL's parameters were shown: " + result.err());
    }

    /**
     * The script over the built WAR, against the deployed application's database. Administrators that other tests
     * left active there are deactivated for the duration and restored afterwards, so the command's "no active
     * administrator" condition holds whatever ran before.
     */
    @Test
    void scriptCreatesTheFirstAdministratorWhoChoosesAPasswordOnceThroughThePrintedLinkAndReachesTheAdminPages()
            throws Exception {
        DataSource app = TestDatabase.dataSource();
        List<String> others = rows(app, ACTIVE_ADMINISTRATORS);
        String email = "first-admin-" + tag + "@example.org";
        try {
            setActive(app, others, false);
            ProcessResult created = script("create-admin", email, "--name", "First Administrator");
            assertEquals(0, created.code(), created.output());
            Matcher link = LINK.matcher(created.output());
            assertTrue(link.find(), "no link printed: " + created.output());
            String root = base.toString().replaceAll("/+$", "");
            assertTrue(link.group(1).startsWith(root + "/password-choose?token="), link.group(1));
            String path = link.group(1).substring(root.length());
            String personId =
                    rows(app, "SELECT id FROM person WHERE email = ?", email).get(0);
            assertEquals(
                    1,
                    rows(
                                    app,
                                    "SELECT id FROM audit_event WHERE action = 'FIRST_ADMINISTRATOR_CREATED'"
                                            + " AND subject = ?",
                                    "person:" + personId)
                            .size());
            // 23 hours on, the link must still work: a reset link from the e-mail flow would have expired long ago
            update(
                    app,
                    "UPDATE password_reset_token SET created_at = created_at - INTERVAL 23 HOUR,"
                            + " expires_at = expires_at - INTERVAL 23 HOUR WHERE person_id = " + personId);

            WebClient browser = new WebClient(base);
            assertEquals(302, choosePassword(browser, path).statusCode(), "the link did not set a password");
            WebClient admin = new WebClient(base);
            assertEquals(302, admin.signIn(email, PASSWORD).statusCode(), "the new administrator cannot sign in");
            HttpResponse<String> people = admin.get("/admin/people");
            assertEquals(200, people.statusCode());
            assertTrue(people.body().contains("<h1>People</h1>"), people.body());

            assertTrue(
                    new WebClient(base).get(path).body().contains("This link does not work any more"),
                    "the link worked a second time");
            ProcessResult second = script("create-admin", "second-admin-" + tag + "@example.org");
            assertEquals(1, second.code(), second.output());
            assertTrue(second.output().contains("already has an administrator"), second.output());
            assertEquals(
                    List.of(),
                    rows(app, "SELECT id FROM person WHERE email = ?", "second-admin-" + tag + "@example.org"));
        } finally {
            remove(app, email);
            setActive(app, others, true);
        }
    }

    private HttpResponse<String> choosePassword(WebClient client, String path) throws Exception {
        String page = client.get(path).body();
        assertTrue(page.contains("id=\"form\""), "the link shows no form: " + page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("form:password", PASSWORD);
        form.put("form:confirmation", PASSWORD);
        form.put("form:save", "");
        form.putAll(WebClient.postback(page));
        return client.post("/password-choose", form, Map.of());
    }

    private record Result(int code, String out, String err) {}

    private record ProcessResult(int code, String output) {}

    /** The command's main logic, in this JVM, with the given environment. */
    private static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AdminCommand.run(
                List.of(args),
                environment,
                Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code scripts/attune-admin} as an operator runs it: a new JVM on the built WAR's classes and libraries. */
    private ProcessResult script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("scripts/attune-admin"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .put("ATTUNE_WAR", new File(System.getProperty("attune.war", "target/attune.war")).getAbsolutePath());
        builder.environment().put("ATTUNE_DB_URL", TestDatabase.url());
        builder.environment().put("ATTUNE_DB_USER", System.getProperty("attune.test.db.user"));
        builder.environment().put("ATTUNE_DB_PASSWORD", System.getProperty("attune.test.db.password", ""));
        builder.environment().put("ATTUNE_BASE_URL", base.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script did not finish");
        return new ProcessResult(process.exitValue(), output);
    }

    private static DataSource migratedScratch() throws Exception {
        TestDatabase.dropScratch(SCRATCH);
        DataSource scratch = TestDatabase.scratch(SCRATCH);
        new DatabaseMigrator(scratch, DatabaseMigrator.DEFAULT_LOCATION).migrate();
        return scratch;
    }

    private static Map<String, String> environment(DataSource database, String baseUrl) {
        Map<String, String> environment = new HashMap<>();
        environment.put("ATTUNE_DB_URL", ((MysqlDataSource) database).getUrl());
        environment.put("ATTUNE_DB_USER", System.getProperty("attune.test.db.user"));
        environment.put("ATTUNE_DB_PASSWORD", System.getProperty("attune.test.db.password", ""));
        if (baseUrl != null) {
            environment.put("ATTUNE_BASE_URL", baseUrl);
        }
        return environment;
    }

    /** Row counts of every table the command writes to. */
    private static List<String> everything(DataSource database) throws Exception {
        return rows(
                database,
                "SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM person), (SELECT COUNT(*) FROM person_role),"
                        + " (SELECT COUNT(*) FROM password_reset_token), (SELECT COUNT(*) FROM audit_event))");
    }

    private static List<String> rows(DataSource database, String sql, Object... parameters) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        }
    }

    private static void update(DataSource database, String sql) throws Exception {
        try (Connection c = database.getConnection();
                var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static void setActive(DataSource database, List<String> personIds, boolean active) throws Exception {
        for (String id : personIds) {
            update(database, "UPDATE person SET active = " + active + " WHERE id = " + Long.parseLong(id));
        }
    }

    /** Removes the administrator this test made, with what the command and the application wrote about them. */
    private static void remove(DataSource database, String email) throws Exception {
        for (String id : rows(database, "SELECT id FROM person WHERE email = ?", email)) {
            update(database, "DELETE FROM password_reset_token WHERE person_id = " + id);
            update(database, "DELETE FROM person_role WHERE person_id = " + id);
            update(database, "DELETE FROM person WHERE id = " + id);
            update(
                    database,
                    "DELETE FROM audit_event WHERE actor = '" + id + "' OR subject = 'person:" + id + "'"
                            + " OR subject = '" + email + "'");
        }
        update(database, "DELETE FROM sign_in_throttle WHERE throttle_key LIKE '%" + email + "%'");
    }
}
