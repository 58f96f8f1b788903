package org.caseaudit.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.EnumSet;
import java.util.Set;
import org.caseaudit.shared.PlainText;

/** What an administrator types when creating or editing a user; a plain bean so forms never bind to entities. */
public class UserDetailsForm {

    @NotBlank(message = "Enter a username")
    @PlainText.Valid(field = "Username", max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Username may use letters, digits, dot, dash and underscore only")
    private String username = "";

    @NotBlank(message = "Enter the user's full name")
    @PlainText.Valid(field = "Full name", max = 200)
    private String fullName = "";

    @Email(message = "Enter a valid email address")
    @PlainText.Valid(field = "Email", max = 254)
    private String email = "";

    @PlainText.Valid(field = "Team", max = 100)
    private String team = "";

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Empty: a workbench password; otherwise the id of the identity provider the new user signs in with. */
    @PlainText.Valid(field = "Identity provider", max = 64)
    private String identityProvider = "";

    /**
     * Whether a password user must replace the initial password at their first sign-in, as after an administrator's
     * reset: set by the pages where an administrator chooses it for someone else (Users, Councils); not by the demo
     * data, whose logins keep the password printed in the README.
     */
    private boolean passwordChangeOnFirstSignIn;

    public static UserDetailsForm of(UserSummary user) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(user.username());
        form.setFullName(user.fullName());
        form.setEmail(user.email() == null ? "" : user.email());
        form.setTeam(user.team() == null ? "" : user.team());
        form.setRoles(user.roles());
        return form;
    }

    public boolean isPasswordChangeOnFirstSignIn() {
        return passwordChangeOnFirstSignIn;
    }

    public void setPasswordChangeOnFirstSignIn(boolean passwordChangeOnFirstSignIn) {
        this.passwordChangeOnFirstSignIn = passwordChangeOnFirstSignIn;
    }

    public String getUsername() {
        return username;
    }

    /** Kept in its one spelling ({@link Usernames#normalise}): {@code Zoë.Smith} becomes {@code zoe.smith}. */
    public void setUsername(String username) {
        this.username = Usernames.normalise(username);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team == null ? "" : team.trim();
    }

    public String getIdentityProvider() {
        return identityProvider;
    }

    public void setIdentityProvider(String identityProvider) {
        this.identityProvider = identityProvider == null ? "" : identityProvider.strip();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
