package org.caseaudit.installation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.caseaudit.installation.CouncilAdministrationException;
import org.caseaudit.installation.CouncilAdministrationService;
import org.caseaudit.installation.CouncilSummary;
import org.caseaudit.installation.NewCouncil;
import org.caseaudit.installation.OffboardingResult;
import org.caseaudit.installation.PartnershipRow;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.MainLayout;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The installation's councils (decision 0014): create a partnership or a council with its first administrator; for a
 * chosen council add a team or an integration account, export its data whole, or offboard it (typing its code). Only
 * an administrator working in the installation council gets the page's content; the service refuses anyone else.
 */
@Route(value = "admin/councils", layout = MainLayout.class)
@PageTitle("Councils | Case Audit Workbench")
@Menu(title = "Councils", order = 92, icon = "vaadin:institution")
@RolesAllowed(Roles.ADMIN)
class CouncilsView extends VerticalLayout {

    private final CouncilAdministrationService administration;
    private final Grid<CouncilSummary> grid = new Grid<>();
    private final ComboBox<PartnershipRow> partnership = new ComboBox<>("Partnership");
    private final Div chosen = new Div();

    CouncilsView(CouncilAdministrationService administration) {
        this.administration = administration;
        setId("councils-view");
        setWidthFull();
        try {
            administration.councils();
        } catch (AccessDeniedException e) {
            Paragraph p = new Paragraph("Councils are managed by an administrator of the installation council. "
                    + "You manage this council's users and teams under Users and Teams.");
            p.setId("councils-not-installation");
            add(p);
            return;
        }
        grid.setId("councils-grid");
        grid.addColumn(CouncilSummary::code).setHeader("Code").setKey("code").setAutoWidth(true);
        grid.addColumn(CouncilSummary::name).setHeader("Council").setKey("name").setAutoWidth(true);
        grid.addColumn(c -> c.partnership() == null ? "" : c.partnership()).setHeader("Partnership")
                .setKey("partnership");
        grid.addColumn(CouncilSummary::users).setHeader("Users").setKey("users");
        grid.addColumn(CouncilsView::status).setHeader("Status").setKey("status");
        Layouts.sizeToRows(grid);
        Layouts.onNarrow(this, Layouts.cardsOnNarrow(this, grid, "Council", c -> java.util.List.of(
                c.name() + " (" + c.code() + ")", c.partnership() == null ? "No partnership" : c.partnership(),
                c.users() + " user(s)", status(c))));
        grid.addSelectionListener(e -> showChosen(e.getFirstSelectedItem().orElse(null)));
        chosen.setId("council-actions");
        add(grid, chosen, new H3("New partnership"), partnershipForm(), new H3("New council"), councilForm());
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.councils());
        partnership.setItems(administration.partnerships());
        partnership.setItemLabelGenerator(p -> p.name() + " (" + p.code() + ")");
    }

    private Div partnershipForm() {
        TextField code = new TextField("Code");
        code.setId("partnership-code");
        TextField name = new TextField("Name");
        name.setId("partnership-name");
        Button create = new Button("Create partnership", e -> attempt(() -> {
            PartnershipRow p = administration.createPartnership(code.getValue(), name.getValue());
            Notifications.success("Partnership " + p.name() + " created.");
            code.clear();
            name.clear();
            refresh();
        }));
        create.setId("partnership-create");
        return new Div(Layouts.toolbar(code, name, create));
    }

    private Div councilForm() {
        TextField code = new TextField("Code");
        code.setId("council-code");
        TextField name = new TextField("Name");
        name.setId("council-name");
        partnership.setId("council-partnership");
        partnership.setClearButtonVisible(true);
        TextField username = new TextField("First administrator's username");
        username.setId("council-admin-username");
        TextField fullName = new TextField("Full name");
        fullName.setId("council-admin-name");
        EmailField email = new EmailField("Email");
        email.setId("council-admin-email");
        PasswordField password = new PasswordField("Initial password");
        password.setId("council-admin-password");
        password.setHelperText("They choose their own at their first sign-in");
        Button create = new Button("Create council", e -> attempt(() -> {
            CouncilSummary c = administration.create(new NewCouncil(code.getValue(), name.getValue(),
                    partnership.getValue() == null ? null : partnership.getValue().id(), username.getValue(),
                    fullName.getValue(), email.getValue(), password.getValue()));
            Notifications.success("Council " + c.name() + " created with its administrator " + username.getValue()
                    + ".");
            code.clear();
            name.clear();
            username.clear();
            fullName.clear();
            email.clear();
            password.clear();
            refresh();
        }));
        create.setId("council-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(Layouts.toolbar(code, name, partnership), Layouts.toolbar(username, fullName, email, password,
                create));
    }

    private void showChosen(CouncilSummary c) {
        chosen.removeAll();
        if (c == null) {
            return;
        }
        chosen.add(new H3(c.name() + " (" + c.code() + ")"));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            administration.export(c.id(), out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "council-" + c.code() + "-export.zip",
                    "application/zip", bytes.length);
        }), "Export all of this council's data (zip of CSV files)");
        export.getElement().setAttribute("download", true);
        export.setId("council-export");
        chosen.add(new Paragraph(export));
        if (!c.active()) {
            return;
        }
        TextField team = new TextField("Team name");
        team.setId("council-team-name");
        Button addTeam = new Button("Add team", e -> attempt(() -> {
            administration.addTeam(c.id(), team.getValue());
            Notifications.success("Team " + team.getValue() + " added to " + c.name() + ".");
            team.clear();
        }));
        addTeam.setId("council-team-add");
        TextField account = new TextField("Integration account name");
        account.setId("council-integration-name");
        Button addAccount = new Button("Add integration account", e -> attempt(() -> {
            var token = administration.addIntegrationAccount(c.id(), account.getValue());
            Paragraph shown = new Paragraph("Token for " + token.account().name() + " (shown once, copy it now): "
                    + token.token());
            shown.setId("council-integration-token");
            chosen.add(shown);
            account.clear();
        }));
        addAccount.setId("council-integration-add");
        TextField confirm = new TextField("To offboard, type the council's code");
        confirm.setId("council-offboard-confirm");
        Button offboard = new Button("Offboard: delete all of this council's data", e -> attempt(() -> {
            OffboardingResult r = administration.offboard(c.id(), confirm.getValue());
            Notifications.success(c.name() + " offboarded: " + r.totalRows() + " row(s) and " + r.usersDeleted()
                    + " user(s) deleted. The deletion is in the audit trail.");
            refresh();
            chosen.removeAll();
        }));
        offboard.setId("council-offboard");
        offboard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        chosen.add(Layouts.toolbar(team, addTeam), Layouts.toolbar(account, addAccount),
                new Paragraph("Export the data first: offboarding cannot be undone."), Layouts.toolbar(confirm,
                offboard));
    }

    /** "Active since 20/11/2026" or "Offboarded 01/12/2026": the stored times (from the clock), dated in London. */
    static String status(CouncilSummary c) {
        return c.active() ? "Active since " + day(c.createdAt()) : "Offboarded " + day(c.offboardedAt());
    }

    private static String day(java.time.Instant instant) {
        return instant == null ? "" : Formats.date(java.time.LocalDate.ofInstant(instant, Formats.ZONE));
    }

    /**
     * One administration action: a refusal (the service's, naming what is wrong, or a refusal of the caller) is shown;
     * anything unexpected is left to the error page, as in every other view.
     */
    private static void attempt(Runnable action) {
        try {
            action.run();
        } catch (CouncilAdministrationException | AccessDeniedException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
