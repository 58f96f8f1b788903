package org.caseaudit.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.Team;
import org.caseaudit.security.TeamException;
import org.caseaudit.security.TeamService;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administrators keep the teams: name, aliases (the other spellings exports and people use), managers and whether
 * the team is in use. Users pick their team from this list; imports and the conflict-of-interest rule match names
 * and aliases.
 */
@Route("admin/teams")
@PageTitle("Teams | Case Audit Workbench")
@Menu(title = "Teams", order = 90.5, icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
class TeamsView extends VerticalLayout {

    private final TeamService teams;
    private final UserService users;
    private final Grid<Team> grid = new Grid<>();

    TeamsView(TeamService teams, UserService users) {
        this.teams = teams;
        this.users = users;
        setId("teams-view");
        setSizeFull();
        grid.setId("teams-grid");
        grid.addColumn(Team::name).setHeader("Team").setFlexGrow(2).setSortable(true);
        grid.addColumn(t -> String.join("; ", t.aliases())).setHeader("Aliases").setFlexGrow(2);
        grid.addColumn(t -> String.join(", ", t.managers())).setHeader("Managers").setAutoWidth(true);
        grid.addColumn(t -> t.active() ? "Yes" : "No").setHeader("Active").setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        Button create = new Button("New team", e -> openEditor(null));
        create.setId("new-team");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button("Edit team", e -> grid.getSelectedItems().stream().findFirst().ifPresent(
                this::openEditor));
        edit.setId("edit-team");
        add(new H2("Teams"), new Paragraph("A team's aliases are the other spellings of its name in case exports and "
                + "user records (\"Assessment Team North\" for \"North Assessment Team\"): imports accept them, and "
                + "auditors are never assigned cases of their own team under any of its names."),
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(create, edit), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(teams.list());
    }

    private void openEditor(Team existing) {
        Dialog dialog = new Dialog();
        dialog.setId("team-editor");
        dialog.setHeaderTitle(existing == null ? "New team" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        name.setId("team-name");
        name.setMaxLength(TeamService.NAME.maxLength());
        TextArea aliases = new TextArea("Aliases (one per line)");
        aliases.setId("team-aliases");
        MultiSelectComboBox<String> managers = new MultiSelectComboBox<>("Managers");
        managers.setId("team-managers");
        managers.setItems(users.findEnabledWithRole(Role.TEAM_MANAGER).stream().map(UserSummary::username).toList());
        Checkbox active = new Checkbox("In use (offered to users and imports)");
        active.setId("team-active");
        active.setValue(true);
        if (existing != null) {
            name.setValue(existing.name());
            aliases.setValue(String.join("\n", existing.aliases()));
            managers.setValue(new LinkedHashSet<>(existing.managers()));
            active.setValue(existing.active());
        }
        Map<String, HasValidation> fields = Map.of("name", name, "aliases", aliases, "managers", managers);
        dialog.add(new FormLayout(name, managers, aliases, active));
        Button save = new Button("Save", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                List<String> aliasList = Arrays.stream(aliases.getValue().split("\\R")).toList();
                Team saved = teams.save(existing == null ? null : existing.id(), existing == null ? 0
                        : existing.version(),
                        name.getValue(), aliasList, managers.getValue(), active.getValue());
                dialog.close();
                refresh();
                Notifications.success("Saved " + saved.name());
            } catch (TeamException ex) {
                HasValidation field = fields.get(ex.field());
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(ex.getMessage());
                }
            } catch (OptimisticLockingFailureException ex) {
                dialog.close();
                refresh();
                Notifications.concurrentChange("this team", "it has been reloaded");
            }
        });
        save.setId("save-team");
        Dialogs.footer(dialog, save, null);
        dialog.open();
    }
}
