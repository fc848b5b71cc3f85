import java.security.SecureRandom;
import org.attune.certification.CertificateNumber;

/**
 * Prints SQL that seeds N certificates (numbers made by Attune's own CertificateNumber) for the person and
 * organisation ids given, and writes every number to the file named fifth.
 * java -cp target/classes:<EclipseLink, for the woven CertificateNumber> bench/SeedCertificates.java 100000 personId
 * organisationId syllabusId numbers.txt > seed.sql (bench/lib/certificates.sh, add_certificates, builds the class path)
 * Two optional arguments: the index of the first certificate (default 0; issue keys and names go on from it, so a
 * table can be grown in steps), and "credentials" to give each certificate a credential the size of a signed one
 * (3,590 characters of base64url-like text made by the database from the number: a signed OpenBadgeCredential is a
 * compact JWS of about that size), written where Attune keeps it (certificate_credential, by the ids the batch of
 * certificates just received: consecutive, from LAST_INSERT_ID()), so that the database holds as much as a real one.
 */
public class SeedCertificates {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int first = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        boolean credentials = args.length > 6 && args[6].equals("credentials");
        SecureRandom random = new SecureRandom();
        java.util.Set<String> used = new java.util.HashSet<>();
        if (first > 0) {
            used.addAll(java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[4])));
        }
        try (var numbers = new java.io.PrintWriter(new java.io.FileWriter(args[4], first > 0))) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i % 1000 == 0) {
                    if (i > 0) {
                        sql.append(";\n");
                        credentialsOfTheBatch(sql, credentials);
                        System.out.print(sql);
                        sql.setLength(0);
                    }
                    sql.append("INSERT INTO certificate (cert_number, person_id, holder_name, organisation_id,"
                            + " organisation_name, accreditation_at_issue, signed_off_by, signed_off_by_name,"
                            + " course_code, course_title, syllabus_version_id, syllabus_label, syllabus_hash,"
                            + " competences, issued_at, expires_at, status, issue_key, version) VALUES\n");
                } else {
                    sql.append(",\n");
                }
                String number;
                do {
                    number = CertificateNumber.random(random).value(); // the unique index refuses a repeat
                } while (!used.add(number));
                numbers.println(number);
                int k = first + i;
                String status = k % 50 == 0 ? "REVOKED" : k % 40 == 0 ? "SUSPENDED" : "ACTIVE";
                sql.append("('").append(number).append("', ").append(args[1]).append(", 'Facilitator ").append(k)
                        .append("', ").append(args[2]).append(", 'Bench Training', 'ACCREDITED', ").append(args[1])
                        .append(", 'Bench Trainer', 'ATT-IC', 'Supporting parent-infant communication', ")
                        .append(args[3]).append(", '2026.1', 'bench', 'Reading cues\\nPermission ritual', ")
                        .append("NOW(6) - INTERVAL ").append(k % 1000).append(" DAY, NOW(6) + INTERVAL ")
                        .append(1095 - k % 1000).append(" DAY, '").append(status).append("', 'bench:").append(k)
                        .append("', 1)");
            }
            sql.append(";\n");
            credentialsOfTheBatch(sql, credentials);
            System.out.print(sql);
        }
    }

    private static void credentialsOfTheBatch(StringBuilder sql, boolean credentials) {
        if (credentials) {
            sql.append("INSERT INTO certificate_credential (certificate_id, credential) SELECT id,"
                    + " CONCAT('eyJ', REPEAT(SHA2(cert_number, 512), 28)) FROM certificate WHERE id >= LAST_INSERT_ID();\n");
        }
    }
}
