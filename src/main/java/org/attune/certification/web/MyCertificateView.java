package org.attune.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.certification.Certificate;
import org.attune.certification.CertificationService;
import org.attune.certification.Eligibility;
import org.attune.certification.ExpiryWindow;
import org.attune.certification.RenewalService;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the certificate card of the trainee's dashboard: the checklist of what is done and missing, the
 * certificate (issued here too if every criterion now holds) with its PDF and credential, the expiry reminder
 * and renewal.
 */
@Named
@RequestScoped
public class MyCertificateView {

    @Inject
    private CertificationService certification;

    @Inject
    private RenewalService renewal;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Getter
    private Eligibility eligibility;

    @Getter
    private List<Certificate> certificates;

    @Getter
    private Eligibility renewalEligibility;

    @PostConstruct
    void load() {
        certificates = certification.certificatesOf(currentUser.id());
        if (certificates.isEmpty()) {
            eligibility = certification.eligibility(currentUser.person());
            if (eligibility.ready()) { // the last criterion was met outside the events (a section read): issue now
                certification.issueIfEligible(currentUser.person());
                certificates = certification.certificatesOf(currentUser.id());
                eligibility = null;
            }
        }
        renewalEligibility =
                renewal.renewable(currentUser.person()).isPresent() ? renewal.eligibility(currentUser.person()) : null;
    }

    public void renew() {
        try {
            Certificate renewed = renewal.renew(currentUser.person());
            Messages.addFlashGlobalInfo(
                    Texts.get("certificate.renewed", renewed.getNumber().value()));
        } catch (Failure e) {
            FailureMessages.showAfterRedirect(e);
        }
        Faces.redirect("trainee/dashboard");
    }

    public Certificate getCurrent() {
        return certificates.isEmpty() ? null : certificates.get(0);
    }

    public String getStatus() {
        Certificate c = getCurrent();
        return c == null ? null : c.statusAt(clock.instant()).name();
    }

    /** Days until the current certificate expires, when it is expiring soon ({@link ExpiryWindow}) and still active. */
    public Long getExpiresInDays() {
        Certificate c = getCurrent();
        if (c == null || !"ACTIVE".equals(getStatus())) {
            return null;
        }
        long days = Duration.between(clock.instant(), c.getExpiresAt()).toDays();
        return ExpiryWindow.isOpen(c.getExpiresAt(), clock.instant()) ? days : null;
    }
}
