package org.caseaudit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caseaudit.security.PasswordPolicy;
import org.caseaudit.security.SignInOptions;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserAdministrationException;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators create users, assign roles and teams, disable accounts and reset passwords. */
@Route("admin/users")
@PageTitle("Users | Case Audit Workbench")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private final UserService users;
    private final SignInOptions signInOptions;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

    private final org.caseaudit.security.TeamService teams;

    UsersView(UserService users, org.caseaudit.security.TeamService teams, SignInOptions signInOptions) {
        this.users = users;
        this.teams = teams;
        this.signInOptions = signInOptions;
        setId("users-view");
        setSizeFull();

        Button create = new Button("New user", e -> openEditor(null));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users-grid");
        grid.addColumn(UserSummary::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(u -> u.team() == null ? "" : u.team()).setHeader("Team").setSortable(true).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addColumn(u -> (u.enabled() ? "Active" : "Disabled") + (u.twoFactor() ? ", two-factor" : ""))
                .setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setAutoWidth(true);
        // on a phone one card per user beside the buttons, which stay in reach without scrolling sideways
        Layouts.cardsOnNarrow(this, grid, "User", u -> List.of(u.username() + " \u2014 " + u.fullName(),
                u.team() == null ? "" : u.team(),
                u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")),
                (u.enabled() ? "Active" : "Disabled") + (u.twoFactor() ? ", two-factor" : "")), "actions");
        grid.setSizeFull();

        add(new HorizontalLayout(create), grid);
        refresh();
    }

    private HorizontalLayout actions(UserSummary user) {
        Button edit = new Button("Edit", e -> openEditor(user));
        edit.setId("edit-" + user.username());
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable", e -> run(
                () -> users.setEnabled(user.id(), user.version(), !user.enabled()),
                user.username() + (user.enabled() ? " disabled" : " enabled")));
        toggle.setId((user.enabled() ? "disable-" : "enable-") + user.username());
        Button reset = new Button("Reset password", e -> resetPassword(user));
        reset.setId("reset-" + user.username());
        Button twoFactor = new Button("Reset two-factor", e -> run(() -> users.resetTwoFactor(user.id(),
                user.version()),
                "Two-factor sign-in of " + user.username() + " turned off"));
        twoFactor.setId("reset-two-factor-" + user.username());
        twoFactor.setVisible(user.twoFactor());
        for (Button b : new Button[] {edit, toggle, reset, twoFactor}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-label", b.getText() + " " + user.username());
        }
        return Layouts.wrap(new HorizontalLayout(edit, toggle, reset, twoFactor));
    }

    private void resetPassword(UserSummary user) {
        try {
            String password = users.resetPassword(user.id(), user.version());
            Dialog shown = new Dialog();
            shown.setHeaderTitle("New password for " + user.username());
            Span value = new Span(password);
            value.setId("new-password");
            value.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
            shown.add(new Paragraph("Give this password to the user through a secure channel. It is shown only now. "
                    + "They must choose a new password when they next sign in; their open sessions have ended."),
                    value);
            Button close = new Button("Done", e -> shown.close());
            close.setId("close-password");
            shown.getFooter().add(close);
            shown.open();
            refresh();
        } catch (OptimisticLockingFailureException e) {
            conflict();
        }
    }

    private void openEditor(UserSummary existing) {
        Dialog dialog = new Dialog();
        dialog.setId("user-editor");
        dialog.setHeaderTitle(existing == null ? "New user" : "Edit " + existing.username());
        BeanValidationBinder<UserDetailsForm> binder = new BeanValidationBinder<>(UserDetailsForm.class);

        TextField username = new TextField("Username");
        username.setId("user-username");
        username.setReadOnly(existing != null);
        TextField fullName = new TextField("Full name");
        fullName.setId("user-full-name");
        EmailField email = new EmailField("Email");
        email.setId("user-email");
        com.vaadin.flow.component.combobox.ComboBox<String> team = new com.vaadin.flow.component.combobox.ComboBox<>(
                "Team");
        team.setId("user-team");
        java.util.List<String> teamNames = new java.util.ArrayList<>(teams.activeNames());
        if (existing != null && existing.team() != null && !teamNames.contains(existing.team())) {
            teamNames.add(existing.team());
        }
        team.setItems(teamNames);
        team.setClearButtonVisible(true);
        team.setHelperText("From the list of teams (administrators keep it under Teams); used to avoid assigning "
                + "auditors to cases of their own team");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        PasswordField password = new PasswordField("Initial password");
        password.setId("user-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a passphrase is fine. They"
                + " choose their own at their first sign-in");

        binder.forField(username).bind("username");
        binder.forField(fullName).bind("fullName");
        binder.forField(email).bind("email");
        binder.forField(team).bind("team");
        binder.forField(roles).bind("roles");
        binder.setBean(existing == null ? new UserDetailsForm() : UserDetailsForm.of(existing));

        FormLayout form = new FormLayout(username, fullName, email, team, roles);
        Select<String> signsInWith = new Select<>();
        if (existing == null && !signInOptions.providers().isEmpty()) {
            // a user of an identity provider gets no password here: they sign in there (pre-provisioned)
            signsInWith.setLabel("Signs in with");
            signsInWith.setId("user-identity-provider");
            List<String> choices = new ArrayList<>();
            if (signInOptions.localLogin()) {
                choices.add("");
            }
            signInOptions.providers().forEach(p -> choices.add(p.id()));
            signsInWith.setItems(choices);
            signsInWith.setItemLabelGenerator(id -> id.isEmpty() ? "A workbench password"
                    : signInOptions.providers().stream().filter(p -> p.id().equals(id)).findFirst()
                    .map(SignInOptions.ProviderButton::name).orElse(id));
            binder.forField(signsInWith).bind("identityProvider");
            signsInWith.setValue(choices.getFirst());
            password.setVisible(signsInWith.getValue().isEmpty());
            signsInWith.addValueChangeListener(e -> password.setVisible(e.getValue() == null
                    || e.getValue().isEmpty()));
            form.add(signsInWith);
        }
        if (existing == null) {
            form.add(password);
        }
        dialog.add(form);

        Button save = new Button("Save", e -> {
            UserDetailsForm values = binder.getBean();
            if (binder.validate().hasErrors()) {
                return;
            }
            if (existing == null && values.getIdentityProvider().isEmpty()) {
                var problems = PasswordPolicy.problems(password.getValue(), values.getUsername());
                if (!problems.isEmpty()) {
                    password.setInvalid(true);
                    password.setErrorMessage(String.join("; ", problems));
                    return;
                }
            }
            try {
                if (existing == null) {
                    // the administrator knows this password: the user replaces it at the first sign-in
                    values.setPasswordChangeOnFirstSignIn(true);
                    users.create(values, password.getValue());
                } else {
                    users.update(existing.id(), existing.version(), values);
                }
                dialog.close();
                refresh();
                Notifications.success("Saved " + values.getUsername());
            } catch (UserAdministrationException ex) {
                showFieldError(ex, username, roles, password);
            } catch (OptimisticLockingFailureException ex) {
                dialog.close();
                conflict();
            }
        });
        save.setId("save-user");
        Dialogs.footer(dialog, save, "cancel-user");
        dialog.open();
    }

    private static void showFieldError(UserAdministrationException ex, TextField username, CheckboxGroup<Role> roles,
                                       PasswordField password) {
        switch (ex.field() == null ? "" : ex.field()) {
            case "username" -> {
                username.setInvalid(true);
                username.setErrorMessage(ex.getMessage());
            }
            case "roles" -> {
                roles.setInvalid(true);
                roles.setErrorMessage(ex.getMessage());
            }
            case "password" -> {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
            default -> Notifications.error(ex.getMessage());
        }
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            refresh();
            Notifications.success(done);
        } catch (UserAdministrationException e) {
            Notifications.error(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            conflict();
        }
    }

    private void conflict() {
        refresh();
        Notifications.concurrentChange("this user", "the list now shows their change; please try again");
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }
}
