package org.attune.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.certification.RenewalReviewService;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.NotFound;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainer/renewals.xhtml}: the delivery records holders of the trainer's organisation put forward as CPD
 * evidence for renewal (no {@code id}), and one of them ({@code ?id=}) with the aggregated profile, accepted or
 * declined with a comment for the holder.
 */
@Named
@ViewScoped
public class RenewalReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RenewalReviewService reviews;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    @Getter
    private List<RenewalReviewService.Waiting> waiting = new ArrayList<>();

    @Getter
    private RenewalReviewService.Review review;

    @Getter
    private Boolean accept;

    @Getter
    private String comment;

    public void load() throws IOException {
        try {
            if (id == null) {
                waiting = new ArrayList<>(reviews.waiting(currentUser.person()));
            } else {
                review = reviews.review(currentUser.person(), id);
            }
        } catch (Failure.NotFound | Failure.NotAllowed e) {
            NotFound.send();
        }
    }

    public void decide() {
        if (accept == null) {
            Messages.addError("decision:accept", Texts.get("renewal.review.choose"));
            return;
        }
        try {
            reviews.decide(currentUser.person(), id, accept, comment);
            Messages.addFlashGlobalInfo(
                    Texts.get(accept ? "renewal.review.accepted" : "renewal.review.declined", review.holder()));
            Faces.redirect("trainer/renewals");
        } catch (Failure e) {
            FailureMessages.show("decision", e);
        }
    }

    public void setId(Long id) {
        this.id = id;
    }

    public void setAccept(Boolean accept) {
        this.accept = accept;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
