package org.attune.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries, and the two content security policies.
 *
 * <p>No page may run a script it was not given by Attune: no {@code 'unsafe-inline'} and no {@code 'unsafe-eval'} in
 * {@code script-src}. Scripts are files from this origin, or inline scripts carrying the nonce of the response.
 * PrimeFaces' CSP mode ({@code primefaces.CSP} in {@code web.xml}) makes the nonce: it puts a fresh one on each page
 * it renders, on every script it writes, and turns the inline event handlers of its components (and of ours) into
 * nonce'd scripts.
 *
 * <p>Two {@code Content-Security-Policy} headers on one response are both enforced, so a page must carry exactly one,
 * or a nonce-less {@code script-src 'self'} in the other would block every nonce'd script. Hence:
 * <ul>
 * <li>{@link #CONTENT_SECURITY_POLICY}, with {@code script-src 'self'} and no inline styles, goes on every response
 * first ({@link SecurityHeadersFilter}, and the authentication mechanism for responses it answers itself): servlets,
 * REST, Faces resources, redirects keep it.</li>
 * <li>{@link #FACES_POLICY} is the policy of pages Faces renders. PrimeFaces sends it ({@code primefaces.CSP_POLICY},
 * set by {@link ContentSecurityPolicyListener}) with its nonce appended to {@code script-src}, the last directive;
 * the filter lets that header replace the first one instead of joining it. The page then has one policy, the same
 * as the other but for the nonce and inline styles.</li>
 * </ul>
 *
 * <p>PrimeFaces also wants the nonce back: its script puts it into every form, and a postback whose answer is rendered
 * without it fails ("CSP nonce mismatch"). The layout therefore loads PrimeFaces' core script on every page, also on
 * pages without a PrimeFaces component.
 *
 * <p>Faces pages keep {@code style-src 'unsafe-inline'}: PrimeFaces writes {@code style} attributes into its markup
 * (hidden panels, widths, positions) and has no nonce for styles. An injected style can change how a page looks but
 * cannot run code.
 */
public final class SecurityHeaders {

    static final String HEADER = "Content-Security-Policy";

    /** What both policies share; {@code script-src} comes last, where PrimeFaces appends the nonce. */
    private static final String COMMON = String.join(
            "; ",
            "default-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Every response that Faces does not render: nothing inline at all. */
    static final String CONTENT_SECURITY_POLICY = COMMON + "; style-src 'self'; script-src 'self'";

    /** Pages Faces renders; PrimeFaces appends {@code 'nonce-...'} to the script-src at the end. */
    static final String FACES_POLICY = COMMON + "; style-src 'self' 'unsafe-inline'; script-src 'self'";

    private SecurityHeaders() {}

    /**
     * Sets the headers on a response; {@code overHttps} (the original request was HTTPS, see
     * {@link ClientAddresses#https}) adds HSTS.
     */
    public static void apply(HttpServletResponse response, boolean overHttps) {
        response.setHeader(HEADER, CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (overHttps) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
