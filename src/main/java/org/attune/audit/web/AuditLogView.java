package org.attune.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attune.audit.AuditEvent;
import org.attune.audit.AuditLog;

/** Backs {@code admin/audit.xhtml}: searches the audit log by action, person and date (GET parameters). */
@Named
@RequestScoped
public class AuditLogView {

    static final int MAX_RESULTS = 500;

    @Inject
    private AuditLog auditLog;

    private String action;
    private String text;
    private LocalDate from;
    private LocalDate until;
    private List<AuditEvent> events;
    private List<String> actions;

    public void search() {
        events = auditLog.search(action, text,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                MAX_RESULTS);
        actions = auditLog.actions();
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public List<String> getActions() {
        return actions;
    }

    public int getMaxResults() {
        return MAX_RESULTS;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
