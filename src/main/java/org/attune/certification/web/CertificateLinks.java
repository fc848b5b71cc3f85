package org.attune.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.attune.certification.CertificateNumber;
import org.attune.certification.CredentialSigner;

/**
 * The full public addresses of a certificate's pages, for pages that offer them to copy, e.g.
 * {@code #{certificateLinks.share(myCertificateView.current.number)}}.
 */
@Named
@ApplicationScoped
public class CertificateLinks {

    @Inject
    private CredentialSigner signer;

    /** The holder's share page, e.g. {@code https://attune.example.org/share/ATT-...}. */
    public String share(CertificateNumber number) {
        return number == null ? null : signer.urls().share(number);
    }
}
