package org.attune.delivery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
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

    @Getter
    private boolean certified;

    @Getter
    private DeliveryProfiles.Profile profile;

    @Getter
    private DeliverySetting setting;

    @Getter
    private LocalDate startsOn;

    @Getter
    private Integer sessions = 6;

    @Getter
    private Long commissionerId;

    @Getter
    private String commissionerName;

    @Getter
    private Integer expectedFamilies;

    @Getter
    private List<Organisation> organisations;

    @Getter
    private boolean shareWithTraining;

    @Getter
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

    public void setShareWithTraining(boolean shareWithTraining) {
        this.shareWithTraining = shareWithTraining;
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

    public DeliverySetting[] getSettings() {
        return DeliverySetting.values();
    }

    public int getMinResponses() {
        return DeliveryProfiles.MIN_RESPONSES;
    }

    public String getToday() {
        return delivery.today().toString();
    }

    public void setSetting(DeliverySetting setting) {
        this.setting = setting;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public void setCommissionerId(Long commissionerId) {
        this.commissionerId = commissionerId;
    }

    public void setCommissionerName(String commissionerName) {
        this.commissionerName = commissionerName;
    }

    public void setExpectedFamilies(Integer expectedFamilies) {
        this.expectedFamilies = expectedFamilies;
    }
}
