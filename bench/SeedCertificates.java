import java.security.SecureRandom;

/**
 * Prints SQL that seeds N certificates (numbers with valid check characters, the same algorithm as
 * CertificateNumber) for person and organisation ids given, and writes every number to the file named last.
 * java bench/SeedCertificates.java 100000 personId organisationId syllabusId numbers.txt > seed.sql
 */
public class SeedCertificates {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    static char check(CharSequence symbols) {
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }

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
                StringBuilder s = new StringBuilder();
                for (int j = 0; j < 12; j++) {
                    s.append(ALPHABET.charAt(random.nextInt(32)));
                }
                s.append(check(s));
                String number = "ATT-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-"
                        + s.substring(12);
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
