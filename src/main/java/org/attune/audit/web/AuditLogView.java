package org.attune.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.Getter;
import org.attune.audit.AuditSearch;

/**
 * Backs {@code admin/audit.xhtml}: the audit log a page of 50 events at a time, searched by action, dates and a
 * person's name (or any text of the actor or subject), all GET parameters so that every page has an address and the
 * page links work without scripts. A page number that is not one (abc, -1, beyond the last page) or a search text
 * too long to match anything is answered with a message, and the nearest page that exists.
 */
@Named
@RequestScoped
public class AuditLogView {

    @Inject
    private AuditSearch audit;

    @Getter
    private String action;

    @Getter
    private String text;

    @Getter
    private LocalDate from;

    @Getter
    private LocalDate until;

    @Getter
    private String page;

    @Getter
    private AuditSearch.Page result;

    @Getter
    private List<String> actions;
    /** Why the page shown is not the one asked for: invalid or beyond; null when it is. */
    @Getter
    private String pageProblem;

    @Getter
    private boolean textTooLong;

    public void search() {
        actions = audit.actions();
        if (text != null && text.strip().length() > AuditSearch.MAX_TEXT) {
            textTooLong = true;
            return;
        }
        int requested = requestedPage();
        result = audit.page(
                new AuditSearch.Filter(
                        action,
                        text,
                        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                        until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                requested);
        if (pageProblem == null && result.number() != requested) {
            pageProblem = "beyond";
        }
    }

    /** The page asked for: 1 when none; when it is not a whole number from 1, page 1 and a message. */
    private int requestedPage() {
        if (page == null || page.isBlank()) {
            return 1;
        }
        String digits = page.strip();
        if (!digits.matches("\\d{1,9}") || Integer.parseInt(digits) < 1) {
            pageProblem = "invalid";
            return 1;
        }
        return Integer.parseInt(digits);
    }

    /** The query string of another page of the same search, e.g. {@code ?text=Sam&page=2}. */
    public String query(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("action", action);
        parameters.put("text", text);
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("until", until == null ? null : until.toString());
        parameters.put("page", number == 1 ? null : String.valueOf(number));
        String query = parameters.entrySet().stream()
                .filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    public int getMaxText() {
        return AuditSearch.MAX_TEXT;
    }

    public int getPageSize() {
        return AuditSearch.PAGE_SIZE;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
