package org.attune.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The security roles Attune uses; which role may open which page is declared in {@code web.xml}. */
@DeclareRoles({"trainee", "trainer", "lead-trainer", "manager", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
