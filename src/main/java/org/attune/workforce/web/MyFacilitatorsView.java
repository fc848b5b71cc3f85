package org.attune.workforce.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.certification.CertificateNumber;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.attune.workforce.RosterRow;
import org.attune.workforce.WorkforceService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code manager/facilitators.xhtml}: check a number, the roster of the manager's facilitators with alerts,
 * counts by status, a chart of expiries by month, adding and removing, and CSV export.
 */
@Named
@ViewScoped
public class MyFacilitatorsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /** One month's bar of the expiry chart. */
    public record Month(String label, int count, int x, int height) implements Serializable {}

    @Inject
    private WorkforceService workforce;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private String employer;

    @Getter
    private final List<RosterRow> rows = new ArrayList<>();

    @Getter
    private String number;

    @Getter
    private String name;

    @Getter
    private String check;

    @Getter
    private boolean digest;

    public void load() {
        employer = workforce.employerOf(currentUser.person()).getName();
        rows.clear();
        rows.addAll(workforce.roster(currentUser.person()));
        digest = workforce.wantsDigest(currentUser.person());
    }

    /** Turns the weekly digest of alerts on or off, then redirects to the page (post-redirect-get). */
    public void saveDigest() throws IOException {
        workforce.chooseDigest(currentUser.person(), digest);
        Messages.addFlashGlobalInfo(Texts.get(digest ? "notice.digest.on" : "notice.digest.off"));
        Faces.redirect("manager/facilitators");
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    /** Adds a facilitator, then redirects to the page (post-redirect-get), so that a reload posts nothing again. */
    public void add() throws IOException {
        try {
            RosterRow added = workforce.add(currentUser.person(), number, name);
            Messages.addFlashGlobalInfo(Texts.get("roster.added", added.holder(), added.number()));
            Faces.redirect("manager/facilitators");
        } catch (Failure e) {
            FailureMessages.show("add", e);
        }
    }

    public void remove(long entryId) {
        workforce.remove(currentUser.person(), entryId);
        Messages.addGlobalInfo(Texts.get("roster.removed"));
        load();
    }

    /** Opens the public verification page of the number typed. */
    public void verify() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/verify/" + CertificateNumber.addressSegment(check));
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(WorkforceService.csv(rows).getBytes(StandardCharsets.UTF_8), "my-facilitators.csv", true);
    }

    public List<RosterRow> getAlerts() {
        return rows.stream().filter(r -> r.alert() != null).toList();
    }

    public Map<String, Integer> getCounts() {
        return WorkforceService.counts(rows);
    }

    public List<Month> getChart() {
        Map<YearMonth, Integer> months = workforce.expiriesByMonth(rows);
        int max = Math.max(
                1, months.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Month> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<YearMonth, Integer> e : months.entrySet()) {
            bars.add(new Month(MONTH.format(e.getKey()), e.getValue(), 10 + i * 55, e.getValue() * 120 / max));
            i++;
        }
        return bars;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setCheck(String check) {
        this.check = check;
    }
}
