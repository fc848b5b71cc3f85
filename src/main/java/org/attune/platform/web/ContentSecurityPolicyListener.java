package org.attune.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Hands {@link SecurityHeaders#FACES_POLICY} to PrimeFaces as {@code primefaces.CSP_POLICY}, so that the policy is
 * written once, in Java, next to the other one. Declared in {@code web.xml} so it runs before PrimeFaces reads its
 * configuration.
 */
public class ContentSecurityPolicyListener implements ServletContextListener {

    static final String PRIMEFACES_POLICY = "primefaces.CSP_POLICY";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setInitParameter(PRIMEFACES_POLICY, SecurityHeaders.FACES_POLICY);
    }
}
