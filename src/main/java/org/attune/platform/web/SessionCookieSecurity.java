package org.attune.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.attune.platform.config.BaseUrl;

/**
 * Marks the session cookie {@code Secure} when Attune's public address ({@code ATTUNE_BASE_URL}) is HTTPS. Behind a
 * TLS-terminating proxy the connection to Attune is plain HTTP, so the container alone would send the cookie without
 * {@code Secure}, although every original request was HTTPS. Served directly over HTTPS, the container sets it.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (BaseUrl.fromConfig().regionMatches(true, 0, "https://", 0, 8)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
