package org.attune.workforce.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.attune.workforce.ApiToken;
import org.attune.workforce.ApiTokenService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code manager/tokens.xhtml}: the employer's API tokens; a new token is shown once. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A token as listed (never its secret). */
    public record Row(long id, String name, String prefix, Instant created, Instant lastUsed, Instant revoked)
            implements Serializable {}

    @Inject
    private ApiTokenService tokens;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private final List<Row> rows = new ArrayList<>();

    @Getter
    private String name;

    @Getter
    private String created;

    private Long pending;

    /** The flash attribute that carries a new token to the page the redirect leads to. */
    private static final String CREATED = "attune.createdApiToken";

    public void load() {
        if (created == null) {
            created = Faces.getFlashAttribute(CREATED);
        }
        rows.clear();
        for (ApiToken t : tokens.tokens(currentUser.person())) {
            rows.add(new Row(
                    t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt()));
        }
    }

    /**
     * Makes a token, then redirects to the page (post-redirect-get), so that a reload makes no second token; the new
     * token travels in the flash (kept in the session) and is shown once, on the page the redirect leads to.
     */
    public void create() throws IOException {
        try {
            Faces.setFlashAttribute(CREATED, tokens.create(currentUser.person(), name));
            Faces.redirect("manager/tokens");
        } catch (Failure e) {
            FailureMessages.show("create", e);
        }
    }

    /** The first step of revoking: says what revoking does and asks to confirm or cancel. */
    public void askToRevoke(long id) {
        pending = id;
    }

    /** Revokes the token asked for. */
    public void revoke() {
        Long id = pending;
        pending = null;
        if (id != null) {
            tokens.revoke(currentUser.person(), id);
            Messages.addGlobalInfo(Texts.get("confirm.apiToken.done"));
            load();
        }
    }

    /** Cancels the revocation: the token keeps working. */
    public void cancelRevoke() {
        pending = null;
        Messages.addGlobalInfo(Texts.get("confirm.cancelled"));
    }

    /** The token whose revocation waits for confirmation, or null. */
    public Row getPendingRow() {
        return pending == null
                ? null
                : rows.stream().filter(r -> r.id() == pending).findFirst().orElse(null);
    }

    public void setName(String name) {
        this.name = name;
    }
}
