package org.attune.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.competence.SignOff;
import org.attune.competence.SignOffService;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainer/moderation.xhtml}: sign-offs of the trainer's organisation sampled for moderation and given
 * by someone else, to confirm or return with comments.
 */
@Named
@ViewScoped
public class ModerationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A sign-off waiting for moderation. */
    public record Waiting(long id, long traineeId, String trainee, String signedBy, Instant signedAt)
            implements Serializable {}

    @Inject
    private SignOffService signOffs;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private final List<Waiting> waiting = new ArrayList<>();

    @Getter
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        waiting.clear();
        for (SignOff s : signOffs.awaitingModeration(currentUser.person())) {
            waiting.add(new Waiting(
                    s.getId(),
                    s.getTraineeId(),
                    signOffs.nameOf(s.getTraineeId()),
                    signOffs.nameOf(s.getSignedBy()),
                    s.getSignedAt()));
        }
    }

    public void confirm(long signOffId) {
        try {
            signOffs.confirm(currentUser.person(), signOffId, comments.get(signOffId));
            Messages.addGlobalInfo(Texts.get("moderation.confirmed", nameIn(signOffId)));
            comments.remove(signOffId);
        } catch (Failure e) {
            FailureMessages.show(e);
        }
        load();
    }

    public void returnSignOff(long signOffId) {
        try {
            signOffs.returnWithComments(currentUser.person(), signOffId, comments.get(signOffId));
            Messages.addGlobalInfo(Texts.get("moderation.returned", nameIn(signOffId)));
            comments.remove(signOffId);
            load();
        } catch (Failure e) {
            FailureMessages.show(e);
            load();
        }
    }

    private String nameIn(long signOffId) {
        return waiting.stream()
                .filter(w -> w.id() == signOffId)
                .map(Waiting::trainee)
                .findFirst()
                .orElse("");
    }
}
