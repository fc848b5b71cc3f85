package org.attune.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.account.PasswordPolicy;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.account.PersonRules;
import org.attune.account.Role;
import org.attune.audit.AuditActor;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code admin/person.xhtml}: creates a person or edits one ({@code ?id=}): details, roles, organisation. */
@Named
@ViewScoped
public class PersonEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long id;

    private long version;

    @Getter
    private String email;

    @Getter
    private String name;

    @Getter
    private List<Role> roles = new ArrayList<>();

    @Getter
    private Long organisationId;

    @Getter
    private boolean active = true;

    private boolean wasActive = true;

    @Getter
    private boolean confirmingDeactivation;

    private String passwordAtQuestion;

    @Getter
    private String newPassword;

    private List<Organisation> organisationChoices;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        Person person = people.find(id).orElse(null);
        if (person == null) {
            Faces.responseSendError(404, "No such person");
            return;
        }
        version = person.version();
        email = person.email();
        name = person.displayName();
        roles = new ArrayList<>(person.roles());
        active = person.active();
        wasActive = active;
        organisationId =
                organisations.organisationOf(person).map(Organisation::getId).orElse(null);
    }

    public void save() throws IOException {
        if (!validate()) {
            return;
        }
        if (id != null && wasActive && !active && !confirmingDeactivation) {
            confirmingDeactivation = true; // first say what deactivating does, and save only once confirmed
            passwordAtQuestion = newPassword; // the password field comes back empty with the question
            return;
        }
        confirmingDeactivation = false;
        Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        String actor = AuditActor.person(currentUser.id());
        try {
            Person person;
            if (id == null) {
                person = people.create(email, name, roleSet, newPassword, actor);
            } else {
                person = people.update(id, version, email, name, roleSet, active, actor);
                if (newPassword != null && !newPassword.isEmpty()) {
                    people.changePassword(id, newPassword, actor);
                }
            }
            organisations.assign(person, organisationId, actor);
            Messages.addFlashGlobalInfo(Texts.get("person.saved", person.displayName()));
            Faces.redirect("admin/people");
        } catch (OptimisticLockException e) {
            Messages.addGlobalError(Texts.get("person.conflict"));
        }
    }

    /** Confirms the deactivation asked for, and saves. */
    public void confirmDeactivation() throws IOException {
        if (confirmingDeactivation) {
            if (newPassword == null || newPassword.isEmpty()) {
                newPassword = passwordAtQuestion;
            }
            passwordAtQuestion = null;
            save();
        }
    }

    /** Cancels the deactivation: nothing is saved, and the person may still sign in. */
    public void cancelDeactivation() {
        confirmingDeactivation = false;
        passwordAtQuestion = null;
        active = true;
        Messages.addGlobalInfo(Texts.get("confirm.cancelled"));
    }

    private boolean validate() {
        boolean valid = true;
        if (!PersonRules.isValidEmail(PersonRules.normaliseEmail(email))) {
            Messages.addError("form:email", Texts.get("person.email.invalid"));
            valid = false;
        } else if (people.emailTaken(email, id)) {
            Messages.addError("form:email", Texts.get("person.email.taken"));
            valid = false;
        }
        boolean passwordGiven = newPassword != null && !newPassword.isEmpty();
        if (id == null && !passwordGiven) {
            Messages.addError("form:newPassword", Texts.get("person.password.required"));
            valid = false;
        } else if (passwordGiven) {
            var problem = PasswordPolicy.problemWith(newPassword, email);
            if (problem.isPresent()) {
                Messages.addError("form:newPassword", problem.get());
                valid = false;
            }
        }
        if (id != null && id.equals(currentUser.id()) && !roles.contains(Role.ADMINISTRATOR)) {
            Messages.addError("form:roles", Texts.get("person.roles.keepOwnAdmin"));
            valid = false;
        }
        return valid;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Organisation> getOrganisations() {
        if (organisationChoices == null) {
            organisationChoices = organisations.all();
        }
        return organisationChoices;
    }

    public boolean isNew() {
        return id == null;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
