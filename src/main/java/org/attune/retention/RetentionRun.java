package org.attune.retention;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What one run of the retention job deleted, per kind, and which kinds failed (their counts are what went before). */
public final class RetentionRun {

    private final EnumMap<RetentionKind, Integer> deleted = new EnumMap<>(RetentionKind.class);
    private final EnumSet<RetentionKind> failed = EnumSet.noneOf(RetentionKind.class);

    void deleted(RetentionKind kind, int count) {
        deleted.merge(kind, count, Integer::sum);
    }

    void failed(RetentionKind kind) {
        failed.add(kind);
    }

    public int count(RetentionKind kind) {
        return deleted.getOrDefault(kind, 0);
    }

    public Set<RetentionKind> failures() {
        return Collections.unmodifiableSet(failed);
    }

    public Map<RetentionKind, Integer> counts() {
        return Collections.unmodifiableMap(deleted);
    }

    /** The audit event's detail: {@code evidence-files=2 unfinished-registrations=0 ...}, then any failed kinds. */
    public String detail() {
        String counts = Arrays.stream(RetentionKind.values())
                .map(k -> k.label() + "=" + count(k))
                .collect(Collectors.joining(" "));
        return failed.isEmpty()
                ? counts
                : counts + " failed: "
                        + failed.stream().map(RetentionKind::label).collect(Collectors.joining(","));
    }
}
