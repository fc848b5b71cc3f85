package org.attune.competence;

import java.io.Serializable;
import java.util.List;

/**
 * Progress towards the practicum target of the course manifest: a full programme of {@code targetSessions}
 * sessions (each session number delivered at least once) with at least {@code targetFamilies} families in one
 * session.
 */
public record Practicum(int targetSessions, int targetFamilies, int sessionsDelivered, int mostFamilies,
        int entries) implements Serializable {

    public static Practicum of(int targetSessions, int targetFamilies, List<PracticumSession> sessions) {
        int delivered = (int) sessions.stream().mapToInt(PracticumSession::getSessionNumber)
                .filter(n -> n >= 1 && n <= targetSessions).distinct().count();
        int most = sessions.stream().mapToInt(PracticumSession::getFamilies).max().orElse(0);
        return new Practicum(targetSessions, targetFamilies, delivered, most, sessions.size());
    }

    public boolean met() {
        return sessionsDelivered >= targetSessions && mostFamilies >= targetFamilies;
    }

    public int percent() {
        return targetSessions == 0 ? 0 : Math.min(100, 100 * sessionsDelivered / targetSessions);
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

    public int getSessionsDelivered() {
        return sessionsDelivered;
    }

    public int getMostFamilies() {
        return mostFamilies;
    }

    public int getEntries() {
        return entries;
    }
}
