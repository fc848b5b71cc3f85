package org.attune.retention;

/** What the retention job deletes, each under one setting; the name is how an audit event counts it. */
public enum RetentionKind {
    EVIDENCE_FILES("evidence-files", RetentionSetting.EVIDENCE_MONTHS),
    UNFINISHED_REGISTRATIONS("unfinished-registrations", RetentionSetting.UNFINISHED_REGISTRATION_DAYS),
    INVITATIONS("invitations", RetentionSetting.INVITATION_DAYS),
    SIGN_IN_RECORDS("sign-in-records", RetentionSetting.SIGN_IN_DAYS),
    DELIVERED_MAIL("delivered-mail", RetentionSetting.DELIVERED_MAIL_DAYS);

    private final String label;
    private final RetentionSetting setting;

    RetentionKind(String label, RetentionSetting setting) {
        this.label = label;
        this.setting = setting;
    }

    public String label() {
        return label;
    }

    public RetentionSetting setting() {
        return setting;
    }
}
