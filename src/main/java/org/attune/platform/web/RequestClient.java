package org.attune.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client address of the HTTP request being served, for code that has no request at hand (the audit log). */
@RequestScoped
public class RequestClient {

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddresses addresses;

    private String address;

    /** The client address, or null when this request scope serves no HTTP request (a timer, a start-up task). */
    public String address() {
        if (address == null) {
            try {
                address = addresses.of(request);
            } catch (RuntimeException noHttpRequest) {
                return null;
            }
        }
        return address;
    }
}
