package org.attune.account;

import java.util.Optional;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Checks a new password and its confirmation on the pages where people choose one (registration, password reset),
 * putting the problem next to the field it concerns: {@code form:password} or {@code form:confirmation}.
 */
public final class NewPasswordCheck {

    static final String PASSWORD_FIELD = "form:password";
    static final String CONFIRMATION_FIELD = "form:confirmation";

    private NewPasswordCheck() {}

    /** Whether the password follows the rules and both entries match; otherwise adds a message and says no. */
    public static boolean passes(String password, String confirmation, String email) {
        Optional<String> problem = PasswordPolicy.problemWith(password, email);
        if (problem.isPresent()) {
            Messages.addError(PASSWORD_FIELD, problem.get());
            return false;
        }
        if (!password.equals(confirmation)) {
            Messages.addError(CONFIRMATION_FIELD, Texts.get("reset.choose.mismatch"));
            return false;
        }
        return true;
    }
}
