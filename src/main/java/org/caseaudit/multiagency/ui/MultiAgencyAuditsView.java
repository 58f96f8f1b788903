package org.caseaudit.multiagency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.caseaudit.multiagency.Agency;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.AgencyService;
import org.caseaudit.multiagency.AuditForm;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.Concern;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.Stage;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.UkDatePickers;

/**
 * Multi-agency audits. The lead sets one up (theme, deadlines, agencies, children by case reference) and moves it to
 * the panel; an agency co-ordinator sees their agency's audits, completes its returns and acknowledges concerns.
 */
@Route("multi-agency")
@PageTitle("Multi-agency audits | Case Audit Workbench")
@Menu(title = "Multi-agency audits", order = 45, icon = "vaadin:group")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
class MultiAgencyAuditsView extends VerticalLayout {

    private final MultiAgencyService service;
    private final AgencyService agencies;
    private final boolean lead;
    private final boolean coordinator;
    private final Grid<AuditSummary> audits = new Grid<>();
    private final Grid<AgencyReturn> returns = new Grid<>();
    private final Grid<Concern> concerns = new Grid<>();
    private final H3 selectedTitle = new H3();
    private final Button startPanel = new Button("Start the panel stage");
    private final Button complete = new Button("Complete the audit");
    private AuditSummary selected;

    MultiAgencyAuditsView(MultiAgencyService service, AgencyService agencies, CurrentUser currentUser) {
        this.service = service;
        this.agencies = agencies;
        this.lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        this.coordinator = !lead && currentUser.hasRole(Roles.AGENCY_COORDINATOR);
        add(new H2("Multi-agency audits"));
        add(new Paragraph(lead ? "Set up a themed audit of a few children: each agency completes a return for each "
                + "child from its own records, then the joint panel grades the work and reports to the board."
                : "The multi-agency audits your agency takes part in. Complete a return for each child from your "
                + "agency's records; you see other agencies' returns only once the panel stage starts."));
        if (lead) {
            Button create = new Button("New multi-agency audit", e -> openCreate());
            create.setId("ma-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        audits.setId("ma-audits");
        audits.addColumn(AuditSummary::theme).setHeader("Theme").setAutoWidth(true);
        audits.addColumn(a -> a.stage().label()).setHeader("Stage");
        audits.addColumn(a -> Formats.date(a.returnsDue())).setHeader("Returns due");
        audits.addColumn(a -> Formats.date(a.panelDate())).setHeader("Panel");
        audits.addColumn(AuditSummary::children).setHeader("Children");
        audits.addColumn(a -> a.agencies().stream().map(Agency::name).collect(Collectors.joining(", ")))
                .setHeader("Agencies").setFlexGrow(2);
        audits.addColumn(a -> a.returnsSubmitted() + " of " + a.returnsExpected()).setHeader("Returns submitted");
        audits.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        Layouts.sizeToRows(audits);
        add(audits);

        startPanel.setId("ma-start-panel");
        startPanel.addClickListener(e -> act(() -> service.startPanel(selected.id(), selected.version()),
                "The panel stage has started: every agency can now read every return"));
        complete.setId("ma-complete");
        complete.addClickListener(e -> act(() -> service.complete(selected.id(), selected.version()),
                "The audit is completed: the board report and briefing are in Reports"));
        returns.setId("ma-returns");
        returns.addColumn(r -> r.child().label()).setHeader("Child");
        returns.addColumn(r -> r.child().childReference()).setHeader("Child reference");
        returns.addColumn(r -> r.agency().name()).setHeader("Agency").setAutoWidth(true);
        returns.addColumn(r -> r.status().label()).setHeader("Status");
        returns.addColumn(r -> r.submittedAt() == null ? "" : Formats.dateTime(r.submittedAt())).setHeader("Submitted");
        returns.addComponentColumn(r -> {
            Button open = new Button(r.status().name().equals("SUBMITTED") || !coordinator ? "Read" : "Complete",
                    e -> openReturn(r.id()));
            open.setId("ma-open-return-" + r.id());
            return open;
        }).setHeader("Open");
        Layouts.sizeToRows(returns);
        concerns.setId("ma-concerns");
        concerns.addColumn(c -> c.child().label()).setHeader("Child");
        concerns.addColumn(c -> c.agency().name()).setHeader("Agency");
        concerns.addColumn(Concern::description).setHeader("Concern").setFlexGrow(3);
        concerns.addColumn(c -> Formats.date(c.dueDate())).setHeader("Due");
        concerns.addColumn(c -> c.acknowledged() ? "Acknowledged: " + c.response() : "Not yet acknowledged")
                .setHeader("Response").setFlexGrow(2);
        concerns.addComponentColumn(c -> {
            if (!coordinator || c.acknowledged()) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button ack = new Button("Acknowledge", e -> acknowledge(c));
            ack.setId("ma-ack-" + c.id());
            return ack;
        }).setHeader("Act");
        Layouts.sizeToRows(concerns);
        add(selectedTitle, Layouts.toolbar(startPanel, complete), returns, new H3("Immediate concerns"), concerns);
        refresh();
    }

    private void refresh() {
        List<AuditSummary> all = service.audits();
        audits.setItems(all);
        AuditSummary again = selected == null ? null
                : all.stream().filter(a -> a.id() == selected.id()).findFirst().orElse(null);
        if (again != null) {
            audits.select(again);
        } else {
            select(null);
        }
    }

    private void select(AuditSummary audit) {
        selected = audit;
        boolean shown = audit != null;
        selectedTitle.setVisible(shown);
        returns.setVisible(shown);
        concerns.setVisible(shown);
        startPanel.setVisible(shown && lead && audit.stage() == Stage.RETURNS);
        complete.setVisible(shown && lead && audit.stage() == Stage.PANEL);
        if (!shown) {
            return;
        }
        try {
            service.open(audit.id());
            selectedTitle.setText(audit.theme() + " · " + audit.stage().label());
            returns.setItems(service.returns(audit.id()));
            concerns.setItems(service.concerns(audit.id()));
        } catch (MultiAgencyException | org.springframework.security.access.AccessDeniedException e) {
            error(e.getMessage());
        }
    }

    private void openReturn(long returnId) {
        ReturnDialog dialog = new ReturnDialog(service, service.openReturn(returnId), coordinator
                && selected.stage() == Stage.RETURNS, this::refresh);
        dialog.open();
    }

    private void acknowledge(Concern concern) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Acknowledge the concern about " + concern.child().label());
        TextArea response = new TextArea("What your agency has done or will do");
        response.setId("ma-ack-response");
        response.setWidthFull();
        Button save = new Button("Acknowledge", e -> {
            try {
                service.acknowledge(concern.id(), concern.version(), response.getValue());
                dialog.close();
                Notification.show("Acknowledged").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (MultiAgencyException ex) {
                error(ex.getMessage());
            }
        });
        save.setId("ma-ack-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(concern.description()), response);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New multi-agency audit");
        TextField theme = new TextField("Theme");
        theme.setId("ma-theme");
        theme.setPlaceholder("e.g. Neglect");
        DatePicker due = UkDatePickers.create("Returns due", "ma-returns-due");
        DatePicker panel = UkDatePickers.create("Panel date", "ma-panel-date");
        CheckboxGroup<Agency> taking = new CheckboxGroup<>("Agencies taking part");
        taking.setId("ma-agencies");
        taking.setItems(agencies.agencies());
        taking.setItemLabelGenerator(a -> a.name() + " (" + a.kind().label() + ")");
        TextArea children = new TextArea("Children: one case reference a line, optionally \", dd/MM/yyyy\" for the "
                + "date of birth");
        children.setId("ma-children");
        children.setWidthFull();
        Button save = new Button("Set up the audit", e -> {
            try {
                service.create(new AuditForm(theme.getValue(), due.getValue(), panel.getValue(),
                        taking.getValue().stream().map(Agency::id).toList(), nominations(children.getValue())));
                dialog.close();
                Notification.show("Audit set up: each agency now has a return to complete for each child")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (MultiAgencyException ex) {
                error(ex.getMessage());
            }
        });
        save.setId("ma-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(theme, due, panel, taking, children));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** "REF" or "REF, dd/MM/yyyy" per line. */
    static List<AuditForm.Nomination> nominations(String text) {
        List<AuditForm.Nomination> list = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", 2);
            LocalDate dob = null;
            if (parts.length == 2 && !parts[1].isBlank()) {
                try {
                    dob = LocalDate.parse(parts[1].strip(), Formats.DATE);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new MultiAgencyException("\"" + parts[1].strip() + "\" is not a date as dd/MM/yyyy (line \""
                            + line.strip() + "\")");
                }
            }
            list.add(new AuditForm.Nomination(parts[0].strip(), dob));
        }
        return list;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (MultiAgencyException e) {
            error(e.getMessage());
        }
    }

    static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
