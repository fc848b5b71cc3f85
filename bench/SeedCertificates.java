import java.security.SecureRandom;
import org.attune.certification.CertificateNumber;

/**
 * Prints SQL that seeds N certificates (numbers made by Attune's own CertificateNumber) for the person and
 * organisation ids given, and writes every number to the file named last.
 * java -cp target/classes bench/SeedCertificates.java 100000 personId organisationId syllabusId numbers.txt > seed.sql
 */
public class SeedCertificates {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        SecureRandom random = new SecureRandom();
        try (var numbers = new java.io.PrintWriter(args[4])) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i % 1000 == 0) {
                    if (i > 0) {
                        sql.append(";\n");
                    }
                    sql.append("INSERT INTO certificate (cert_number, person_id, holder_name, organisation_id,"
                            + " organisation_name, accreditation_at_issue, signed_off_by, signed_off_by_name,"
                            + " course_code, course_title, syllabus_version_id, syllabus_label, syllabus_hash,"
                            + " competences, issued_at, expires_at, status, issue_key, version) VALUES\n");
                } else {
                    sql.append(",\n");
                }
                String number = CertificateNumber.random(random).value();
                numbers.println(number);
                String status = i % 50 == 0 ? "REVOKED" : i % 40 == 0 ? "SUSPENDED" : "ACTIVE";
                sql.append("('").append(number).append("', ").append(args[1]).append(", 'Facilitator ").append(i)
                        .append("', ").append(args[2]).append(", 'Bench Training', 'ACCREDITED', ").append(args[1])
                        .append(", 'Bench Trainer', 'ATT-IC', 'Supporting parent-infant communication', ")
                        .append(args[3]).append(", '2026.1', 'bench', 'Reading cues\\nPermission ritual', ")
                        .append("NOW(6) - INTERVAL ").append(i % 1000).append(" DAY, NOW(6) + INTERVAL ")
                        .append(1095 - i % 1000).append(" DAY, '").append(status).append("', 'bench:").append(i)
                        .append("', 1)");
            }
            sql.append(";\n");
            System.out.print(sql);
        }
    }
}
