package org.caseaudit.multiagency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.multiagency.Agency;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.Child;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.multiagency.Conclusion;
import org.caseaudit.multiagency.Grade;
import org.caseaudit.multiagency.MultiAgencyException;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.multiagency.PanelChild;
import org.caseaudit.multiagency.PanelDomain;
import org.caseaudit.multiagency.Stage;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.shared.ui.UkDatePickers;

/**
 * The joint panel: for one child every agency's return side by side; the lead records the panel's grade and rationale
 * per domain and sends immediate concerns to an agency. Agency co-ordinators may read along.
 */
@Route("multi-agency/panel")
@PageTitle("Multi-agency panel | Case Audit Workbench")
@Menu(title = "Multi-agency panel", order = 46, icon = "vaadin:users")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
class PanelView extends VerticalLayout {

    private final MultiAgencyService service;
    private final boolean lead;
    private final ComboBox<AuditSummary> audit = new ComboBox<>("Audit at the panel stage");
    private final ComboBox<Child> child = new ComboBox<>("Child");
    private final FlexLayout sideBySide = new FlexLayout();
    private final Grid<Conclusion> conclusions = new Grid<>();
    private final VerticalLayout leadForms = new VerticalLayout();
    private final Select<Agency> concernAgency = new Select<>();
    private final Select<Agency> recommendationAgency = new Select<>();
    private PanelChild current;

    PanelView(MultiAgencyService service, CurrentUser currentUser) {
        this.service = service;
        this.lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        add(new H2("Multi-agency panel"));
        audit.setId("ma-panel-audit");
        audit.setItems(service.audits().stream().filter(a -> a.stage() != Stage.RETURNS).toList());
        audit.setItemLabelGenerator(a -> a.theme() + " (" + a.stage().label() + ")");
        audit.setWidth("24em");
        audit.addValueChangeListener(e -> {
            child.setItems(e.getValue() == null ? List.of() : service.children(e.getValue().id()));
            concernAgency.setItems(e.getValue() == null ? List.of() : e.getValue().agencies());
            recommendationAgency.setItems(e.getValue() == null ? List.of() : e.getValue().agencies());
        });
        child.setId("ma-panel-child");
        child.setItemLabelGenerator(c -> c.label() + (c.childReference() == null ? "" : " · " + c.childReference()));
        child.addValueChangeListener(e -> show());
        add(Layouts.toolbar(audit, child));

        sideBySide.setId("ma-side-by-side");
        sideBySide.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sideBySide.getStyle().set("gap", "var(--lumo-space-m)");
        sideBySide.setWidthFull();
        conclusions.setId("ma-conclusions");
        conclusions.addColumn(c -> c.domain().label()).setHeader("Domain");
        conclusions.addColumn(c -> c.grade().label()).setHeader("Grade").setAutoWidth(true);
        conclusions.addColumn(Conclusion::rationale).setHeader("Rationale").setFlexGrow(3);
        Layouts.sizeToRows(conclusions);
        add(sideBySide, new H3("The panel's conclusions"), conclusions, leadForms);
        buildLeadForms();
        show();
    }

    private void buildLeadForms() {
        leadForms.setPadding(false);
        leadForms.setVisible(false);
        if (!lead) {
            return;
        }
        Select<PanelDomain> domain = new Select<>();
        domain.setLabel("Domain");
        domain.setId("ma-domain");
        domain.setItems(PanelDomain.values());
        domain.setItemLabelGenerator(PanelDomain::label);
        Select<Grade> grade = new Select<>();
        grade.setLabel("Grade");
        grade.setId("ma-grade");
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(Grade::label);
        TextArea rationale = new TextArea("Rationale");
        rationale.setId("ma-rationale");
        rationale.setWidthFull();
        Button record = new Button("Record the conclusion", e -> act(() -> service.recordConclusion(
                current.auditId(), current.child().id(), domain.getValue(), grade.getValue(), rationale.getValue()),
                "Conclusion recorded"));
        record.setId("ma-record-conclusion");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        concernAgency.setLabel("Agency");
        concernAgency.setId("ma-concern-agency");
        concernAgency.setItemLabelGenerator(Agency::name);
        TextArea description = new TextArea("Immediate concern");
        description.setId("ma-concern-text");
        description.setWidthFull();
        DatePicker due = UkDatePickers.create("Response due", "ma-concern-due");
        List<DeliveryGroup> groups = service.deliveryGroups();
        Select<DeliveryGroup> concernGroup = groupSelect("ma-concern-group", groups);
        Button raise = new Button("Send the concern to the agency", e -> act(() -> service.raiseConcern(
                current.auditId(), current.child().id(), concernAgency.getValue() == null ? -1
                        : concernAgency.getValue().id(), description.getValue(), due.getValue(),
                concernGroup.getValue() == null ? null : concernGroup.getValue().id()),
                "Concern sent: the agency's co-ordinator will acknowledge it; it is in the action plan"));
        raise.setId("ma-raise-concern");

        recommendationAgency.setLabel("Agency (optional)");
        recommendationAgency.setId("ma-recommendation-agency");
        recommendationAgency.setItemLabelGenerator(a -> a == null ? "None" : a.name());
        recommendationAgency.setEmptySelectionAllowed(true);
        Select<DeliveryGroup> recommendationGroup = groupSelect("ma-recommendation-group", groups);
        DatePicker recommendationDue = UkDatePickers.create("Due", "ma-recommendation-due");
        TextArea recommendation = new TextArea("Recommendation (for the board report and the action plan: no names "
                + "or references)");
        recommendation.setId("ma-recommendation-text");
        recommendation.setWidthFull();
        Button recommend = new Button("Add to the action plan", e -> act(() -> service.recommend(current.auditId(),
                recommendationAgency.getValue() == null ? null : recommendationAgency.getValue().id(),
                recommendationGroup.getValue() == null ? null : recommendationGroup.getValue().id(),
                recommendation.getValue(), recommendationDue.getValue()),
                "Recommendation added to the action plan"));
        recommend.setId("ma-recommend");
        leadForms.add(new H4("Record a conclusion"), Layouts.toolbar(domain, grade), rationale, record,
                new H4("Send an immediate concern"), Layouts.toolbar(concernAgency, concernGroup, due), description,
                raise, new H4("Recommend an action for the partnership"),
                Layouts.toolbar(recommendationAgency, recommendationGroup, recommendationDue), recommendation,
                recommend);
    }

    private static Select<DeliveryGroup> groupSelect(String id, List<DeliveryGroup> groups) {
        Select<DeliveryGroup> select = new Select<>();
        select.setLabel("Delivery group (optional)");
        select.setId(id);
        select.setItems(groups);
        select.setItemLabelGenerator(g -> g == null ? "None" : g.name());
        select.setEmptySelectionAllowed(true);
        return select;
    }

    private void show() {
        sideBySide.removeAll();
        if (audit.getValue() == null || child.getValue() == null) {
            current = null;
            conclusions.setItems(List.of());
            leadForms.setVisible(false);
            sideBySide.add(new Paragraph("Choose an audit at the panel stage and a child to read every agency's "
                    + "return side by side."));
            return;
        }
        try {
            current = service.panelChild(audit.getValue().id(), child.getValue().id());
        } catch (MultiAgencyException e) {
            Notifications.error(e.getMessage());
            return;
        }
        for (AgencyReturn r : current.returns()) {
            Div card = new Div();
            card.addClassName("ma-return-card");
            card.getStyle().set("flex", "1 1 18em").set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
            card.add(new H4(r.agency().name()), new Span(r.status().label()));
            service.template(r.agency().kind()).sections().forEach(s -> s.questions().forEach(q -> {
                String answer = r.answers().get(q.id());
                String note = r.answers().get(q.id() + ":note");
                Paragraph p = new Paragraph();
                p.add(new Span(q.text() + " "));
                Span value = new Span(answer == null ? "(no answer)" : answer + (note == null ? "" : " ("
                        + note + ")"));
                value.getStyle().set("font-weight", "600");
                p.add(value);
                card.add(p);
            }));
            sideBySide.add(card);
        }
        conclusions.setItems(current.conclusions());
        leadForms.setVisible(lead && audit.getValue().stage() == Stage.PANEL);
    }

    private void act(Runnable action, String done) {
        ViewActions.run(action, done, this::show, "this audit");
    }
}
