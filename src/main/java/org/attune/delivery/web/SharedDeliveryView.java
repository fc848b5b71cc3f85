package org.attune.delivery.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.delivery.SharedProfiles;

/**
 * Backs {@code lead/delivery.xhtml} and {@code manager/delivery.xhtml}: the aggregated delivery profiles that
 * facilitators chose to share with the lead trainer's organisation or the manager's employer.
 */
@Named
@RequestScoped
public class SharedDeliveryView {

    @Inject
    private SharedProfiles shared;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private List<SharedProfiles.Shared> profiles;

    public void loadForLead() {
        profiles = shared.forLead(currentUser.person());
    }

    public void loadForManager() {
        profiles = shared.forManager(currentUser.person());
    }
}
