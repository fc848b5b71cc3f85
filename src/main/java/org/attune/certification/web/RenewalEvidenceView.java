package org.attune.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.certification.RenewalReviewService;
import org.attune.certification.RenewalService;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the delivery-record part of the dashboard's renewal checklist: whether the holder's delivery record counts as
 * CPD evidence for the certificate they could renew (and why not), where a trainer's review of it stands, and the
 * button that asks for one.
 */
@Named
@RequestScoped
public class RenewalEvidenceView {

    @Inject
    private RenewalService renewal;

    @Inject
    private CurrentUser currentUser;

    /** The holder's delivery record for renewal; null outside the renewal window or without delivery records. */
    @Getter
    private RenewalReviewService.Evidence evidence;

    @PostConstruct
    void load() {
        evidence = currentUser.isSignedIn()
                ? renewal.deliveryEvidence(currentUser.person()).orElse(null)
                : null;
    }

    public void ask() {
        try {
            renewal.putDeliveryRecordForward(currentUser.person());
            Messages.addFlashGlobalInfo(Texts.get("renewal.delivery.asked"));
        } catch (Failure e) {
            FailureMessages.showAfterRedirect(e);
        }
        Faces.redirect("trainee/dashboard");
    }
}
