package org.caseaudit.multiagency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.caseaudit.multiagency.CohortFilter;
import org.caseaudit.cases.S47Outcome;
import org.caseaudit.multiagency.Concern;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.Nomination;
import org.caseaudit.multiagency.Stage;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.Notifications;
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

    static final String CHOSEN = "Chosen by me from the register";
    static final String SAMPLED = "A seeded random sample within a theme filter";

    private final MultiAgencyService service;
    private final AgencyService agencies;
    private final boolean lead;
    private final boolean coordinator;
    private final Grid<AuditSummary> audits = new Grid<>();
    private final Grid<AgencyReturn> returns = new Grid<>();
    private final Grid<Concern> concerns = new Grid<>();
    private final Grid<Nomination> nominations = new Grid<>();
    private final H3 nominationsTitle = new H3("Children nominated by agencies");
    private final Paragraph cohort = new Paragraph();
    private final Button nominate = new Button("Nominate a child");
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
        // the kinds, short: the agencies' full names are in the heading of the audit once chosen
        audits.addColumn(a -> a.agencies().stream().map(x -> x.kind().label()).distinct()
                .collect(Collectors.joining(", "))).setHeader("Agencies").setFlexGrow(2);
        audits.addColumn(a -> a.returnsSubmitted() + " of " + a.returnsExpected()).setHeader("Returns submitted");
        audits.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        Layouts.sizeToRows(audits);
        Layouts.cardsOnNarrow(this, audits, "Audit", a -> List.of(a.theme() + " \u2014 " + a.stage().label(),
                "Returns due " + Formats.date(a.returnsDue()) + ", panel " + Formats.date(a.panelDate()),
                a.children() + " children, " + a.returnsSubmitted() + " of " + a.returnsExpected()
                        + " returns submitted"));
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
        }).setHeader("Open").setKey("open");
        Layouts.sizeToRows(returns);
        Layouts.cardsOnNarrow(this, returns, "Return", r -> List.of(r.child().label() + " \u2014 "
                + r.agency().name(), r.status().label() + (r.submittedAt() == null ? ""
                : " " + Formats.dateTime(r.submittedAt()))), "open");
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
        }).setHeader("Act").setKey("act");
        Layouts.sizeToRows(concerns);
        cohort.setId("ma-cohort");
        nominate.setId("ma-nominate");
        nominate.addClickListener(e -> openNominate());
        nominations.setId("ma-nominations");
        nominations.addColumn(n -> n.agency().name()).setHeader("Agency").setAutoWidth(true);
        nominations.addColumn(Nomination::caseReference).setHeader("Case reference");
        nominations.addColumn(Nomination::reason).setHeader("Why, within the theme").setFlexGrow(3);
        nominations.addColumn(n -> switch (n.status()) {
            case "ACCEPTED" -> "Accepted: in the cohort";
            case "DECLINED" -> "Declined";
            default -> "Waiting for the lead";
        }).setHeader("Status");
        nominations.addComponentColumn(n -> {
            if (!lead || !n.pending()) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button accept = new Button("Accept", e -> act(() -> service.decide(n.id(), n.version(), true),
                    "Accepted: the child is in the cohort and every agency has a return to complete"));
            accept.setId("ma-accept-" + n.id());
            Button decline = new Button("Decline", e -> act(() -> service.decide(n.id(), n.version(), false),
                    "Nomination declined"));
            decline.setId("ma-decline-" + n.id());
            return Layouts.toolbar(accept, decline);
        }).setHeader("Decide").setAutoWidth(true);
        Layouts.sizeToRows(nominations);
        add(selectedTitle, cohort, Layouts.toolbar(startPanel, complete, nominate), returns, nominationsTitle,
                nominations, new H3("Immediate concerns"), concerns);
        refresh();
    }

    private void refresh() {
        // setItems clears the selection (and the listener forgets the audit): keep its id to choose it again
        Long chosen = selected == null ? null : selected.id();
        List<AuditSummary> all = service.audits();
        audits.setItems(all);
        AuditSummary again = chosen == null ? null
                : all.stream().filter(a -> a.id() == chosen).findFirst().orElse(null);
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
        nominate.setVisible(shown && coordinator && audit.stage() == Stage.RETURNS);
        cohort.setVisible(shown);
        nominationsTitle.setVisible(false);
        nominations.setVisible(false);
        if (!shown) {
            return;
        }
        try {
            service.open(audit.id());
            selectedTitle.setText(audit.theme() + " · " + audit.stage().label());
            returns.setItems(service.returns(audit.id()));
            concerns.setItems(service.concerns(audit.id()));
            cohort.setText("Agencies: " + audit.agencies().stream().map(Agency::name)
                    .collect(Collectors.joining(", ")) + ". Cohort: " + audit.children()
                    + (audit.children() == 1 ? " child, " : " children, ") + service.cohort(audit.id()).describe()
                    + ".");
            List<Nomination> nominated = service.nominations(audit.id());
            nominations.setItems(nominated);
            nominationsTitle.setVisible(!nominated.isEmpty());
            nominations.setVisible(!nominated.isEmpty());
        } catch (MultiAgencyException | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(e.getMessage());
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
                Notifications.success("Acknowledged");
                refresh();
            } catch (MultiAgencyException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.setId("ma-ack-save");
        dialog.add(new Paragraph(concern.description()), response);
        Dialogs.footer(dialog, save, null);
        dialog.open();
    }

    private void openNominate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Nominate a child for " + selected.theme());
        TextField reference = new TextField("The child's case reference (children's social care)");
        reference.setId("ma-nominate-reference");
        TextArea reason = new TextArea("Why this child fits the theme (no names)");
        reason.setId("ma-nominate-reason");
        reason.setWidthFull();
        Button save = new Button("Nominate", e -> {
            try {
                service.nominate(selected.id(), reference.getValue(), reason.getValue());
                dialog.close();
                Notifications.success("Nominated: the audit lead will accept or decline it");
                refresh();
            } catch (MultiAgencyException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.setId("ma-nominate-save");
        dialog.add(new VerticalLayout(reference, reason));
        Dialogs.footer(dialog, save, null);
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
        RadioButtonGroup<String> how = new RadioButtonGroup<>("How the children are chosen");
        how.setId("ma-cohort-method");
        how.setItems(CHOSEN, SAMPLED);
        how.setValue(CHOSEN);
        TextArea children = new TextArea("Children: one case reference a line, optionally \", dd/MM/yyyy\" for the "
                + "date of birth");
        children.setId("ma-children");
        children.setWidthFull();
        ComboBox<String> team = new ComboBox<>("Theme filter: team (optional)");
        team.setId("ma-sample-team");
        team.setItems(service.teams());
        DatePicker from = UkDatePickers.create("S47 started from", "ma-sample-from");
        DatePicker to = UkDatePickers.create("to", "ma-sample-to");
        Select<S47Outcome> outcome = new Select<>();
        outcome.setLabel("Outcome (optional)");
        outcome.setId("ma-sample-outcome");
        outcome.setItems(S47Outcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "Any" : o.label());
        outcome.setEmptySelectionAllowed(true);
        IntegerField size = new IntegerField("Children to draw");
        size.setId("ma-sample-size");
        size.setMin(1);
        size.setMax(12);
        size.setValue(4);
        TextField seed = new TextField("Seed (blank: a new one is generated and recorded)");
        seed.setId("ma-sample-seed");
        VerticalLayout sampled = new VerticalLayout(team, Layouts.toolbar(from, to), outcome,
                Layouts.toolbar(size, seed));
        sampled.setPadding(false);
        sampled.setVisible(false);
        how.addValueChangeListener(e -> {
            children.setVisible(CHOSEN.equals(e.getValue()));
            sampled.setVisible(SAMPLED.equals(e.getValue()));
        });
        Button save = new Button("Set up the audit", e -> {
            try {
                AuditForm form = new AuditForm(theme.getValue(), due.getValue(), panel.getValue(),
                        taking.getValue().stream().map(Agency::id).toList(),
                        CHOSEN.equals(how.getValue()) ? nominations(children.getValue()) : List.of());
                if (CHOSEN.equals(how.getValue())) {
                    service.create(form);
                } else {
                    service.createSampled(form, new CohortFilter(team.getValue(), from.getValue(), to.getValue(),
                            outcome.getValue()), size.getValue() == null ? 0 : size.getValue(), seed(seed.getValue()));
                }
                dialog.close();
                Notifications.success("Audit set up: each agency now has a return to complete for each child");
                refresh();
            } catch (MultiAgencyException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.setId("ma-create");
        dialog.add(new VerticalLayout(theme, due, panel, taking, how, children, sampled));
        Dialogs.footer(dialog, save, null);
        dialog.open();
    }

    static Long seed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new MultiAgencyException("The seed \"" + text.strip() + "\" is not a whole number");
        }
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
        ViewActions.run(action, done, this::refresh, "this audit");
    }
}
