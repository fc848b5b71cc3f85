package org.attune.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.attune.certification.ExpiryWindow;

/** Gives pages the number of days in "expiring soon", so no sentence in the bundle writes it down a second time. */
@Named
@ApplicationScoped
public class ExpiryWindowView {

    public int getDays() {
        return ExpiryWindow.DAYS;
    }
}
