package org.caseaudit.findings.ui;

import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caseaudit.audit.AuditService;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ComplianceRules;
import org.caseaudit.findings.CycleCompliance;
import org.caseaudit.findings.Finding;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.Strengths;
import org.caseaudit.findings.Theme;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Notifications;

/**
 * A cycle's findings for the audit lead (administrators read): compliance per question with n, percentage, 95%
 * interval and a small-sample marker; themes (with the button that turns chosen themes into actions); strengths; and
 * every finding with the auditor's evidence note.
 */
@Route("findings")
@PageTitle("Findings | Case Audit Workbench")
@Menu(title = "Findings", order = 40, icon = "vaadin:lightbulb")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class FindingsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final FindingsService findings;
    private final ActionPlanService plan;
    private final boolean lead;
    private final Span progress = new Span();
    private final Grid<QuestionCompliance> compliance = new Grid<>();
    private final Grid<Theme> themes = new Grid<>();
    private final UnorderedList strengths = new UnorderedList();
    private final Grid<Finding> findingsGrid = new Grid<>();
    private final Button createActions = new Button("Create actions from the chosen themes");
    private Long cycleId;
    private String team;
    private final Select<Long> cycle = new Select<>();
    private final Span teamFilter = new Span();

    FindingsView(FindingsService findings, ActionPlanService plan, AuditService audits, CurrentUser currentUser) {
        this.findings = findings;
        this.plan = plan;
        this.lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        setWidthFull();
        cycle.setId("findings-cycle");
        teamFilter.setId("findings-team");
        cycle.setLabel("Audit cycle");
        cycle.setWidth("min(100%, 26em)");
        List<Long> cycles = audits.cycles();
        cycle.setItemLabelGenerator(audits::cycleName);
        cycle.setItems(cycles);
        progress.setId("findings-progress");

        compliance.setId("compliance-grid");
        Layouts.wrapCells(compliance);
        compliance.addColumn(QuestionCompliance::section).setHeader("Section").setWidth("8em").setFlexGrow(1);
        compliance.addColumn(QuestionCompliance::question).setHeader("Question").setWidth("14em").setFlexGrow(4);
        compliance.addColumn(q -> q.keyMeasure() ? "Key measure" : "").setHeader("Key measure").setAutoWidth(true);
        compliance.addColumn(QuestionCompliance::compliant).setHeader("Compliant").setAutoWidth(true);
        compliance.addColumn(QuestionCompliance::audited).setHeader("Audited (n)").setAutoWidth(true);
        compliance.addColumn(FindingsView::percent).setHeader("Compliance").setAutoWidth(true);
        compliance.addColumn(q -> q.interval() == null ? "" : q.interval().describe()).setHeader("95% interval")
                .setAutoWidth(true);
        compliance.addColumn(q -> q.smallSample() ? "Small sample" : "").setHeader("Sample").setAutoWidth(true);
        compliance.setAllRowsVisible(true);
        compliance.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        themes.setId("themes-grid");
        themes.setSelectionMode(Grid.SelectionMode.MULTI);
        themes.addColumn(Theme::label).setHeader("Theme").setAutoWidth(true);
        themes.addColumn(t -> t.files() + " of " + t.auditedFiles() + " files").setHeader("Files with findings")
                .setAutoWidth(true);
        themes.addColumn(t -> t.questions().stream().map(Theme.ThemeQuestion::summary)
                .collect(Collectors.joining("; "))).setHeader("Findings").setFlexGrow(4);
        Layouts.sizeToRows(themes);
        themes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        createActions.setId("create-actions");
        createActions.addClickListener(e -> createActions());
        createActions.setVisible(lead);

        strengths.setId("strengths-list");

        findingsGrid.setId("findings-grid");
        findingsGrid.addColumn(Finding::caseReference).setHeader("Case").setAutoWidth(true);
        findingsGrid.addColumn(Finding::question).setHeader("Question").setFlexGrow(2);
        findingsGrid.addColumn(Finding::answer).setHeader("Answer").setAutoWidth(true);
        findingsGrid.addColumn(Finding::findingText).setHeader("Finding").setFlexGrow(2);
        findingsGrid.addColumn(f -> f.evidenceNote() == null ? "" : f.evidenceNote()).setHeader("Evidence note")
                .setFlexGrow(2);
        Layouts.sizeToRows(findingsGrid);
        findingsGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(Layouts.toolbar(cycle, progress));
        add(new Paragraph("Only final answers of submitted audits count: the answer agreed at moderation where there "
                + "is one, else the auditor's. \"Partly\" counts as audited but not compliant, and is a finding. "
                + "\"Not applicable\" is left out of n. Fewer than " + ComplianceRules.SMALL_SAMPLE
                + " audited files is marked as a small sample: read the interval, not the percentage."));
        add(new H3("Compliance per question"), compliance);
        add(new H3("Themes"), themes, createActions);
        add(new H3("Strengths"), strengths);
        add(new H3("Findings"), teamFilter, findingsGrid);
        cycle.addValueChangeListener(e -> show(e.getValue()));
        if (cycles.isEmpty()) {
            add(new Paragraph("No audits have been assigned yet."));
        } else {
            cycle.setValue(cycles.getFirst());
        }
    }

    private void show(Long id) {
        this.cycleId = id;
        strengths.removeAll();
        if (id == null) {
            compliance.setItems(List.of());
            themes.setItems(List.of());
            findingsGrid.setItems(List.of());
            return;
        }
        CycleCompliance c = findings.compliance(id);
        progress.setText("Audits done: " + c.progress().done() + " of " + c.progress().audits());
        compliance.setItems(c.questions());
        themes.setItems(findings.themes(id));
        Strengths s = findings.strengths(id);
        s.keyMeasures().forEach(k -> strengths.add(new ListItem(k.summary())));
        s.notes().forEach(n -> strengths.add(new ListItem(n.caseReference() + ": " + n.text())));
        if (s.keyMeasures().isEmpty() && s.notes().isEmpty()) {
            strengths.add(new ListItem("None recorded yet."));
        }
        List<Finding> all = findings.findings(id);
        if (team != null) {
            java.util.Map<String, String> teams = findings.caseTeams(id);
            all = all.stream().filter(f -> team.equals(teams.get(f.caseReference()))).toList();
            teamFilter.setText("Findings of the cases of " + team + " only (from the dashboard's breakdown by team).");
        } else {
            teamFilter.setText("");
        }
        findingsGrid.setItems(all);
    }

    /** {@code ?cycle=<id>} chooses the cycle; {@code &team=<name>} shows that team's findings only. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        team = params.getOrDefault("team", List.of()).stream().findFirst().filter(t -> !t.isBlank()).orElse(null);
        params.getOrDefault("cycle", List.of()).stream().findFirst().ifPresent(c -> {
            try {
                long id = Long.parseLong(c);
                cycle.getListDataView().getItems().filter(x -> x == id).findFirst().ifPresent(cycle::setValue);
            } catch (NumberFormatException e) {
                // an unusable parameter leaves the newest cycle chosen
            }
        });
        if (team != null && cycleId != null) {
            show(cycleId);
        }
    }

    private void createActions() {
        if (cycleId == null) {
            return;
        }
        List<String> tags = themes.getSelectedItems().stream().map(Theme::tag).toList();
        if (tags.isEmpty()) {
            Notifications.warning("Choose one or more themes first");
            return;
        }
        List<ActionItem> created = plan.createFromThemes(cycleId, tags);
        Notifications.success(created.isEmpty() ? "Those themes already have open actions from this cycle"
                : created.size() + " action(s) added to the action plan: "
                        + created.stream().map(ActionItem::reference).collect(Collectors.joining(", ")));
        themes.deselectAll();
    }

    static String percent(QuestionCompliance q) {
        return q.audited() == 0 ? "none audited" : String.format(Locale.UK, "%.0f%%", q.percent());
    }
}
