package org.attune.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.Person;
import org.attune.competence.Eligibility;
import org.attune.competence.SignOff;
import org.attune.competence.SignOffService;
import org.attune.competence.TraineeAccess;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs the sign-off part of {@code trainer/practice.xhtml?person=}: what is still missing, signing off, the
 * sign-off history, and reopening by a lead trainer.
 */
@Named
@ViewScoped
public class SignOffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignOffService signOffs;

    @Inject
    private TraineeAccess access;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long person;

    @Getter
    private Eligibility eligibility;

    @Getter
    private List<SignOff> history;

    @Getter
    private String reopenReason;

    @Getter
    private boolean confirming;

    /** Loads after {@link TraineePracticeView#load}, which has already answered 404 for a trainee not visible. */
    public void load() {
        try {
            Person trainee = access.trainee(currentUser.person(), person == null ? -1 : person);
            eligibility = signOffs.eligibility(trainee);
            history = signOffs.historyOf(trainee.id());
        } catch (SecurityException e) {
            history = List.of();
        }
    }

    /** The first step: shows what signing off does, and asks to confirm or cancel. */
    public void askToSignOff() {
        confirming = true;
    }

    /** Cancels the sign-off: nothing changes. */
    public void cancelSignOff() {
        confirming = false;
        Messages.addGlobalInfo(Texts.get("confirm.cancelled"));
    }

    public void signOff() {
        confirming = false;
        try {
            SignOff signOff = signOffs.signOff(currentUser.person(), person);
            Messages.addGlobalInfo(Texts.get(signOff.isSampled() ? "signOff.savedSampled" : "signOff.saved"));
        } catch (Failure e) {
            FailureMessages.show(e);
        }
        load();
    }

    public void reopen() {
        SignOff current = getInForce();
        if (current == null) {
            return;
        }
        try {
            signOffs.reopen(currentUser.person(), current.getId(), reopenReason);
            Messages.addGlobalInfo(Texts.get("signOff.reopened"));
            reopenReason = null;
        } catch (Failure.Invalid e) {
            FailureMessages.showWithSummary("reopen", e, Map.of());
        } catch (Failure e) {
            FailureMessages.show(e);
        }
        load();
    }

    /** The sign-off in force (awaiting moderation or standing), or null. */
    public SignOff getInForce() {
        return history == null
                ? null
                : history.stream()
                        .filter(s -> s.getState().inForce())
                        .findFirst()
                        .orElse(null);
    }

    public boolean isMaySignOff() {
        return eligibility != null && eligibility.ready() && getInForce() == null;
    }

    public String nameOf(long personId) {
        return signOffs.nameOf(personId);
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
