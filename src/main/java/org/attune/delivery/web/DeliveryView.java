package org.attune.delivery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.attune.account.CurrentUser;
import org.attune.delivery.DeliveryProfiles;
import org.attune.delivery.DeliveryService;
import org.attune.delivery.DeliverySetting;
import org.attune.delivery.ProgrammeForm;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainee/delivery.xhtml}: a certified facilitator starts a programme (post-redirect-get) and sees their
 * delivery profile, every figure resting on at least five responses.
 */
@Named
@ViewScoped
public class DeliveryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/trainee/delivery?faces-redirect=true";

    @Inject
    private DeliveryService delivery;

    @Inject
    private DeliveryProfiles profiles;

    @Inject
    private CurrentUser currentUser;

    private boolean certified;
    private DeliveryProfiles.Profile profile;
    private DeliverySetting setting;
    private LocalDate startsOn;
    private Integer sessions = 6;
    private Long commissionerId;
    private String commissionerName;
    private Integer expectedFamilies;
    private List<Organisation> organisations;
    private boolean shareWithTraining;
    private boolean shareWithEmployers;

    /** An organisation the commissioner menu offers. */
    public record Organisation(long id, String name) implements Serializable {}

    public void load() {
        long me = currentUser.id();
        certified = delivery.certified(me);
        profile = profiles.of(me);
        organisations = delivery.organisations().stream()
                .map(o -> new Organisation(o.getId(), o.getName()))
                .toList();
        if (startsOn == null) {
            startsOn = delivery.today();
        }
        var sharing = delivery.sharing(me);
        shareWithTraining = sharing.isWithTraining();
        shareWithEmployers = sharing.isWithEmployers();
    }

    /** Records with whom the profile is shared (consent, revocable), then shows the page again. */
    public String share() {
        delivery.share(currentUser.id(), shareWithTraining, shareWithEmployers);
        Messages.addFlashGlobalInfo(Texts.get(
                shareWithTraining || shareWithEmployers ? "delivery.sharing.saved" : "delivery.sharing.none"));
        return PAGE;
    }

    public boolean isShareWithTraining() {
        return shareWithTraining;
    }

    public void setShareWithTraining(boolean shareWithTraining) {
        this.shareWithTraining = shareWithTraining;
    }

    public boolean isShareWithEmployers() {
        return shareWithEmployers;
    }

    public void setShareWithEmployers(boolean shareWithEmployers) {
        this.shareWithEmployers = shareWithEmployers;
    }

    /** Records the programme, then shows the page again with it (post-redirect-get). */
    public String start() {
        try {
            var programme = delivery.start(
                    currentUser.id(),
                    new ProgrammeForm(setting, startsOn, sessions, commissionerId, commissionerName, expectedFamilies));
            Messages.addFlashGlobalInfo(Texts.get("delivery.started", programme.getSessionCount()));
            return PAGE;
        } catch (Failure.Invalid e) {
            FailureMessages.show("programme", e);
            Messages.addGlobalError(Texts.get("delivery.correctFields"));
            return null;
        } catch (Failure e) {
            FailureMessages.show(e);
            return null;
        }
    }

    public boolean isCertified() {
        return certified;
    }

    public DeliveryProfiles.Profile getProfile() {
        return profile;
    }

    public DeliverySetting[] getSettings() {
        return DeliverySetting.values();
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public int getMinResponses() {
        return DeliveryProfiles.MIN_RESPONSES;
    }

    public String getToday() {
        return delivery.today().toString();
    }

    public DeliverySetting getSetting() {
        return setting;
    }

    public void setSetting(DeliverySetting setting) {
        this.setting = setting;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getSessions() {
        return sessions;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public Long getCommissionerId() {
        return commissionerId;
    }

    public void setCommissionerId(Long commissionerId) {
        this.commissionerId = commissionerId;
    }

    public String getCommissionerName() {
        return commissionerName;
    }

    public void setCommissionerName(String commissionerName) {
        this.commissionerName = commissionerName;
    }

    public Integer getExpectedFamilies() {
        return expectedFamilies;
    }

    public void setExpectedFamilies(Integer expectedFamilies) {
        this.expectedFamilies = expectedFamilies;
    }
}
