package org.attune.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.certification.Certificate;
import org.attune.certification.CertificateAdminService;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs {@code admin/certificates.xhtml} and {@code lead/certificates.xhtml}: administrators manage every
 * certificate, lead trainers their organisation's; suspend, reinstate or revoke, always with a reason.
 */
@Named
@ViewScoped
public class CertificatesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A certificate as the table shows it. */
    public record Row(
            long id,
            String number,
            String holder,
            String organisation,
            Instant issued,
            Instant expires,
            String status,
            String reason)
            implements Serializable {}

    @Inject
    private CertificateAdminService admin;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Getter
    private String search;

    @Getter
    private final List<Row> rows = new ArrayList<>();

    @Getter
    private final Map<Long, CertificateAdminService.Action> actions = new HashMap<>();

    @Getter
    private final Map<Long, String> reasons = new HashMap<>();

    private Long pending;

    public void load() {
        rows.clear();
        Instant now = clock.instant();
        for (Certificate c : admin.manageable(currentUser.person(), search)) {
            rows.add(new Row(
                    c.getId(),
                    c.getNumber().value(),
                    c.getHolderName(),
                    c.getOrganisationName(),
                    c.getIssuedAt(),
                    c.getExpiresAt(),
                    c.statusAt(now).name(),
                    c.getStatusReason()));
        }
    }

    /**
     * The first step: a suspension or revocation is only asked for here, and done once confirmed
     * ({@link #confirm}); a reinstatement changes nothing for the worse and is done at once.
     */
    public void apply(long id) {
        CertificateAdminService.Action action = actions.get(id);
        if (action == null) {
            Messages.addGlobalError(Texts.get("certAdmin.chooseAction"));
            return;
        }
        if (action == CertificateAdminService.Action.REINSTATE) {
            change(id, action);
        } else {
            pending = id;
        }
    }

    /** Confirms the suspension or revocation asked for. */
    public void confirm() {
        Long id = pending;
        pending = null;
        CertificateAdminService.Action action = id == null ? null : actions.get(id);
        if (action != null) {
            change(id, action);
        }
    }

    /** Cancels the suspension or revocation asked for: nothing changes. */
    public void cancel() {
        if (pending != null) {
            actions.remove(pending);
        }
        pending = null;
        Messages.addGlobalInfo(Texts.get("confirm.cancelled"));
    }

    /** The row whose suspension or revocation waits for confirmation, or null. */
    public Row getPendingRow() {
        return pending == null
                ? null
                : rows.stream().filter(r -> r.id() == pending).findFirst().orElse(null);
    }

    /** The action waiting for confirmation (SUSPEND or REVOKE), or null. */
    public CertificateAdminService.Action getPendingAction() {
        return pending == null ? null : actions.get(pending);
    }

    private void change(long id, CertificateAdminService.Action action) {
        try {
            Certificate c =
                    admin.apply(currentUser.person(), id, action, reasons.get(id) == null ? "" : reasons.get(id));
            Messages.addGlobalInfo(
                    Texts.get("certAdmin.done." + action, c.getNumber().value()));
            actions.remove(id);
            reasons.remove(id);
            load();
        } catch (Failure e) {
            FailureMessages.show(e);
        }
    }

    public CertificateAdminService.Action[] getActionChoices() {
        return CertificateAdminService.Action.values();
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
