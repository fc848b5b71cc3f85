package org.attune.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address at which people and other systems reach Attune ({@code ATTUNE_BASE_URL}, e.g.
 * {@code https://attune.example.org}): links in e-mails, the certificate's QR code, credential and key ids, the
 * origin check and whether cookies are {@code Secure}. Read here only, always without a trailing slash.
 */
@ApplicationScoped
public class BaseUrl {

    public static final String PROPERTY = "attune.base-url";
    public static final String DEFAULT = "http://localhost:8080";

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = DEFAULT)
    private String configured;

    /** The address without a trailing slash, e.g. {@code https://attune.example.org}. */
    public String value() {
        return withoutTrailingSlash(configured);
    }

    /** The address of a path on this site, e.g. {@code to("/password-reset")}. */
    public String to(String path) {
        return value() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The same address for code that runs outside CDI injection (servlet listeners, JAX-RS providers). */
    public static String fromConfig() {
        return withoutTrailingSlash(ConfigProvider.getConfig()
                .getOptionalValue(PROPERTY, String.class)
                .orElse(DEFAULT));
    }

    private static String withoutTrailingSlash(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
