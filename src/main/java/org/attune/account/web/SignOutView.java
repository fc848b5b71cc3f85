package org.attune.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Signs out (by POST, from the form in the page header) and ends the session. */
@Named
@RequestScoped
public class SignOutView {

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = Faces.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("login?signedOut=true");
    }
}
