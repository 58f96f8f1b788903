package org.caseaudit.cases.ui;

import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.Deadline;
import org.caseaudit.cases.DeadlineMonitorService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;

/** Live cases whose statutory timescales are overdue or due within N working days, by team. */
@Route("cases/deadlines")
@PageTitle("Deadline monitor | Case Audit Workbench")
@Menu(title = "Deadline monitor", order = 22, icon = "vaadin:alarm")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class DeadlineMonitorView extends VerticalLayout {

    record TeamSummary(String team, long overdue, long dueSoon) {
    }

    private final DeadlineMonitorService monitor;
    private final IntegerField within = new IntegerField("Due within (working days)");
    private final ComboBox<String> team = new ComboBox<>("Team");
    private final Grid<TeamSummary> summary = new Grid<>();
    private final Grid<Deadline> grid = new Grid<>();
    private final Paragraph total = new Paragraph();

    DeadlineMonitorView(DeadlineMonitorService monitor, CaseRegisterService register) {
        this.monitor = monitor;
        setId("deadline-monitor-view");
        setSizeFull();
        within.setId("deadline-within");
        within.setMin(0);
        within.setMax(60);
        within.setStepButtonsVisible(true);
        within.setValue(5);
        within.setHelperText("0 to 60; overdue timescales are always listed");
        team.setId("deadline-team");
        team.setItems(register.teams());
        team.setClearButtonVisible(true);
        within.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        HorizontalLayout controls = Layouts.wrap(new HorizontalLayout(within, team));
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        summary.setId("deadline-summary");
        summary.addColumn(TeamSummary::team).setHeader("Team").setFlexGrow(1);
        summary.addColumn(TeamSummary::overdue).setHeader("Overdue").setAutoWidth(true).setFlexGrow(0);
        summary.addColumn(TeamSummary::dueSoon).setHeader("Due soon").setAutoWidth(true).setFlexGrow(0);
        Layouts.sizeToRows(summary);
        summary.setMaxWidth("40rem");

        grid.setId("deadline-grid");
        grid.addColumn(Deadline::caseReference).setHeader("Case").setAutoWidth(true).setSortable(true);
        grid.addColumn(Deadline::team).setHeader("Team").setWidth("10em").setFlexGrow(1).setSortable(true);
        grid.addColumn(d -> d.measure().label()).setHeader("Timescale").setAutoWidth(true).setSortable(true);
        grid.addColumn(d -> d.status().label()).setHeader("Status").setAutoWidth(true).setSortable(true)
                .setPartNameGenerator(d -> d.status() == MeasureStatus.OVERDUE ? "overdue" : null);
        grid.addColumn(d -> Formats.date(d.dueDate())).setHeader("Due").setAutoWidth(true)
                .setComparator(Deadline::dueDate);
        grid.addColumn(d -> d.workingDaysLeft() < 0 ? (-d.workingDaysLeft()) + " late" : String.valueOf(
                d.workingDaysLeft()))
                .setHeader("Working days left").setAutoWidth(true).setComparator(Deadline::workingDaysLeft);
        // the explanation takes the width the short columns leave, never squeezed to a word per line
        grid.addColumn(Deadline::explanation).setHeader("How it was computed").setWidth("22em").setFlexGrow(3);
        grid.setWidthFull();
        // on a phone one card per deadline, everything in reach without scrolling sideways
        Layouts.cardsOnNarrow(this, grid, "Deadline", d -> List.of(d.caseReference() + " \u2014 " + d.status().label(),
                d.measure().label() + ", due " + Formats.date(d.dueDate()) + " (" + (d.workingDaysLeft() < 0
                        ? (-d.workingDaysLeft()) + " working days late" : d.workingDaysLeft()
                        + " working days left") + ")",
                d.team(), d.explanation()));
        // 61 live deadlines must not shrink to two rows under the summary: the grid keeps a floor, the page scrolls
        Layouts.fillPage(grid, "24rem");
        total.setId("deadline-total");

        add(new Paragraph("Statutory timescales of live cases (S47 enquiry open, or ended in the last 3 months) that "
                + "are overdue, or pending and due soon, computed from the register's dates with the working-day "
                + "calendar."), controls, new H3("By team"), summary, total, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        int days = within.getValue() == null ? 5 : Math.max(0, Math.min(60, within.getValue()));
        List<Deadline> deadlines = monitor.deadlines(days, team.getValue());
        Map<String, long[]> byTeam = new TreeMap<>();
        for (Deadline d : deadlines) {
            long[] counts = byTeam.computeIfAbsent(d.team() == null ? "(no team)" : d.team(), t -> new long[2]);
            counts[d.status() == MeasureStatus.OVERDUE ? 0 : 1]++;
        }
        summary.setItems(byTeam.entrySet().stream().map(e -> new TeamSummary(e.getKey(), e.getValue()[0],
                e.getValue()[1]))
                .toList());
        long overdue = deadlines.stream().filter(d -> d.status() == MeasureStatus.OVERDUE).count();
        total.setText(overdue + " overdue and " + (deadlines.size() - overdue) + " due within " + days
                + " working days");
        grid.setItems(deadlines);
    }
}
