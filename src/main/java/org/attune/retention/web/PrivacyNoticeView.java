package org.attune.retention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.attune.account.KnownDevices;
import org.attune.retention.RetentionSchedule;
import org.attune.retention.RetentionSetting;
import org.attune.retention.RetentionSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs the public {@code privacy.xhtml}: the periods it states come from the same retention settings the daily job
 * applies, so the notice cannot drift from what is done.
 */
@Named
@RequestScoped
public class PrivacyNoticeView {

    @Inject
    private RetentionSettings settings;

    @Inject
    @ConfigProperty(name = "attune.privacy.contact")
    private Optional<String> contact;

    private int value(RetentionSetting setting) {
        RetentionSchedule schedule = settings.schedule();
        return schedule.value(setting);
    }

    public int getEvidenceMonths() {
        return value(RetentionSetting.EVIDENCE_MONTHS);
    }

    public int getUnfinishedRegistrationDays() {
        return value(RetentionSetting.UNFINISHED_REGISTRATION_DAYS);
    }

    public int getInvitationDays() {
        return value(RetentionSetting.INVITATION_DAYS);
    }

    public int getSignInDays() {
        return value(RetentionSetting.SIGN_IN_DAYS);
    }

    public int getDeliveredMailDays() {
        return value(RetentionSetting.DELIVERED_MAIL_DAYS);
    }

    public int getCertificateNameMonths() {
        return value(RetentionSetting.CERTIFICATE_NAME_MONTHS);
    }

    /** Days the known-device cookie lasts (the account feature's own rule). */
    public long getKnownDeviceDays() {
        return KnownDevices.lifetime().toDays();
    }

    /** Where to write for a copy or an erasure ({@code ATTUNE_PRIVACY_CONTACT}); empty when not configured. */
    public String getContact() {
        return contact.map(String::strip).orElse("");
    }
}
