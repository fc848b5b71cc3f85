package org.attune.competence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Progress towards the practicum target of the course manifest (criterion 3: a full multi-session programme with at
 * least five families). The target is met by one programme in which every session 1..{@code targetSessions} is
 * logged and at least {@code targetFamilies} families, known by their codes, each attended at least
 * {@link #attendanceNeeded(int)} of those sessions (more than half: 3 of 5). Five families in one session, or
 * different families at each session, are not enough. Sessions logged before family codes existed count as
 * delivered but their families cannot be followed, so they do not count as followed families.
 */
public record Practicum(
        int targetSessions,
        int targetFamilies,
        int attendanceNeeded,
        int programme,
        int sessionsDelivered,
        int familiesFollowed,
        int entries,
        int uncodedEntries,
        List<ProgrammeAttendance> programmes)
        implements Serializable {

    /** Sessions of the programme a family must attend to count as followed: more than half of them. */
    public static int attendanceNeeded(int targetSessions) {
        return targetSessions / 2 + 1;
    }

    /** What {@link #of} needs of a session: which programme, which session of it, and the families' codes. */
    public interface Delivered {
        int programme();

        int sessionNumber();

        List<String> familyCodes();
    }

    public static Practicum of(int targetSessions, int targetFamilies, List<? extends Delivered> sessions) {
        int needed = attendanceNeeded(targetSessions);
        Map<Integer, List<Delivered>> byProgramme = new TreeMap<>();
        sessions.forEach(s -> byProgramme
                .computeIfAbsent(s.programme(), p -> new ArrayList<>())
                .add(s));
        List<ProgrammeAttendance> programmes = new ArrayList<>();
        byProgramme.forEach((p, list) -> programmes.add(ProgrammeAttendance.of(p, list, targetSessions, needed)));
        ProgrammeAttendance best = programmes.stream()
                .max(Comparator.comparingInt(ProgrammeAttendance::sessionsDelivered)
                        .thenComparingInt(ProgrammeAttendance::familiesFollowed))
                .orElse(null);
        int uncoded =
                (int) sessions.stream().filter(e -> e.familyCodes().isEmpty()).count();
        return new Practicum(
                targetSessions,
                targetFamilies,
                needed,
                best == null ? 0 : best.programme(),
                best == null ? 0 : best.sessionsDelivered(),
                best == null ? 0 : best.familiesFollowed(),
                sessions.size(),
                uncoded,
                List.copyOf(programmes));
    }

    public boolean met() {
        return sessionsDelivered >= targetSessions && familiesFollowed >= targetFamilies;
    }

    public int percent() {
        return targetSessions == 0 ? 0 : Math.min(100, 100 * sessionsDelivered / targetSessions);
    }

    /** Families followed as shown against the target: never "6 of 5". */
    public int familiesShown() {
        return Math.min(familiesFollowed, targetFamilies);
    }

    /**
     * One programme: the session numbers logged and, per family code, the sessions it attended. Only sessions
     * 1..target count; a repeat of a session number is one session.
     */
    public record ProgrammeAttendance(
            int programme,
            List<Integer> columns,
            int sessionsDelivered,
            List<FamilyRow> families,
            int familiesFollowed,
            int uncodedSessions)
            implements Serializable {

        static ProgrammeAttendance of(int programme, List<Delivered> sessions, int target, int needed) {
            Set<Integer> delivered = new TreeSet<>();
            Map<String, Set<Integer>> attended = new TreeMap<>(FAMILY_ORDER);
            int uncoded = 0;
            int highest = target;
            for (Delivered s : sessions) {
                highest = Math.max(highest, s.sessionNumber());
                if (s.sessionNumber() >= 1 && s.sessionNumber() <= target) {
                    delivered.add(s.sessionNumber());
                }
                if (s.familyCodes().isEmpty()) {
                    uncoded++;
                }
                s.familyCodes()
                        .forEach(c -> attended.computeIfAbsent(c, k -> new TreeSet<>())
                                .add(s.sessionNumber()));
            }
            List<Integer> columns = IntStream.rangeClosed(1, highest).boxed().toList();
            List<FamilyRow> rows = new ArrayList<>();
            attended.forEach((code, numbers) -> {
                int counted = (int)
                        numbers.stream().filter(n -> n >= 1 && n <= target).count();
                rows.add(new FamilyRow(
                        code, columns.stream().map(numbers::contains).toList(), counted, counted >= needed));
            });
            int followed = (int) rows.stream().filter(FamilyRow::followed).count();
            return new ProgrammeAttendance(programme, columns, delivered.size(), List.copyOf(rows), followed, uncoded);
        }

        public List<Integer> getColumns() {
            return columns;
        }

        public List<FamilyRow> getFamilies() {
            return families;
        }

        public int getProgramme() {
            return programme;
        }
    }

    /** One family code of a programme: whether it attended each session (by column), and how many counted. */
    public record FamilyRow(String code, List<Boolean> attended, int sessions, boolean followed)
            implements Serializable {

        public String getCode() {
            return code;
        }

        public List<Boolean> getAttended() {
            return attended;
        }
    }

    /**
     * F2 before F10: by the letters, then by the number. Without regular expressions: a trainer's dashboard orders the
     * family codes of every trainee's sessions, and compiling a pattern per comparison was its largest cost.
     */
    static final Comparator<String> FAMILY_ORDER = Comparator.comparing(Practicum::withoutDigitsOrDashes)
            .thenComparingInt(Practicum::number)
            .thenComparing(Comparator.naturalOrder());

    private static String withoutDigitsOrDashes(String code) {
        StringBuilder letters = new StringBuilder(code.length());
        code.chars().filter(c -> (c < '0' || c > '9') && c != '-').forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    /** The code's digits as one number (0 if none; capped, as a code's number is never that long). */
    private static int number(String code) {
        long n = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                n = Math.min(n * 10 + (c - '0'), Integer.MAX_VALUE);
            }
        }
        return (int) n;
    }

    public boolean isMet() {
        return met();
    }

    public int getPercent() {
        return percent();
    }

    public int getTargetSessions() {
        return targetSessions;
    }

    public int getTargetFamilies() {
        return targetFamilies;
    }

    public int getAttendanceNeeded() {
        return attendanceNeeded;
    }

    public int getSessionsDelivered() {
        return sessionsDelivered;
    }

    public int getFamiliesFollowed() {
        return familiesFollowed;
    }

    public int getFamiliesShown() {
        return familiesShown();
    }

    public int getUncodedEntries() {
        return uncodedEntries;
    }

    public int getProgramme() {
        return programme;
    }

    public List<ProgrammeAttendance> getProgrammes() {
        return programmes;
    }

    public int getEntries() {
        return entries;
    }
}
