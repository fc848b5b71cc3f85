package org.attune.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.certification.CertificateShares;
import org.omnifaces.util.Faces;

/**
 * Backs {@code share.xhtml} ({@code /share/{number}}): the holder's public page of a certificate, to show to anyone
 * (the manager's view is {@code /verify}). An invalid certificate's page says so first, and offers no LinkedIn link.
 */
@Named
@RequestScoped
public class ShareView {

    @Inject
    private CertificateShares shares;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private String number;

    @Getter
    private CertificateShares.Share share;
    /** Why there is no certificate to show: missing, malformed, mistyped or unknown; null when there is one. */
    @Getter
    private String problem;

    public void load() {
        if (number == null || number.isBlank()) {
            problem = "missing";
        } else {
            CertificateShares.Outcome outcome =
                    shares.share(number, currentUser.isSignedIn() ? currentUser.person() : null);
            share = outcome.share();
            problem = outcome.problem();
        }
        if (share == null) {
            Faces.getResponse().setStatus(problem.equals("unknown") || problem.equals("missing") ? 404 : 400);
        }
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
