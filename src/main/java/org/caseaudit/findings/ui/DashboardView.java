package org.caseaudit.findings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseaudit.audit.Agreement;
import org.caseaudit.audit.CycleAgreement;
import org.caseaudit.audit.CycleProgress;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.findings.Trend;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Chart;
import org.caseaudit.shared.ui.MainLayout;

/**
 * The compliance dashboard: for each key measure of the S47 checklist, monthly compliance over the last 12 cycles with
 * n and the 95% interval as a band (an ECharts chart) and the same numbers in a table for screen-reader users; the
 * national ICPC timeliness figure as a reference line; cycles in progress; agreement of the last moderated cycle.
 * Panel viewers see counts from 1 to 5 as "c" (see {@link SmallCounts}) and no agreement statistics (they name
 * auditors); the chart leaves their suppressed points out.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard | Case Audit Workbench")
@Menu(title = "Dashboard", order = 5, icon = "vaadin:line-chart")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
class DashboardView extends VerticalLayout {

    static final String TEMPLATE = "s47-enquiry";
    static final int CYCLES = 12;
    /** The ICPC timeliness question and the national figure it is compared with. */
    static final String ICPC_QUESTION = "icpc-within-15-days";
    static final double ICPC_NATIONAL_PERCENT = 81;
    static final String ICPC_NATIONAL_LABEL = "National reference: England 2025, 81%";
    static final String ICPC_NATIONAL_TEXT = "The dashed line is a national reference, not a local target: in England "
            + "in 2025 about 81% of initial child protection conferences were held within 15 working days of the "
            + "strategy discussion (DfE, Characteristics of children in need).";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final boolean suppress;

    DashboardView(FindingsService findings, ActionPlanService actions, ModerationService moderation,
            CurrentUser currentUser) {
        suppress = !currentUser.hasRole(Roles.AUDIT_LEAD) && !currentUser.hasRole(Roles.ADMIN);
        setId("dashboard");
        addClassName("dashboard");
        setWidthFull();

        List<Trend> trends = findings.keyMeasureTrends(TEMPLATE, CYCLES);
        List<CyclePeriod> cycles = findings.cycles();

        add(new H2("Key measures: monthly compliance"));
        Paragraph intro = new Paragraph("Each point is one monthly audit cycle of S47 enquiries: the share of audited "
                + "files that were compliant (files where the question did not apply are left out). The shaded band is "
                + "the 95% interval: with the few files audited each month it is wide, so judge the trend rather than "
                + "one month. The numbers of every chart are in the table under it.");
        intro.setId("dashboard-intro");
        add(intro);
        if (suppress) {
            Paragraph note = new Paragraph("As in DfE statistics, counts from 1 to 5 are shown as \u201cc\u201d and "
                    + "percentages based on them are not shown; the charts leave those months out.");
            note.setId("dashboard-suppression-note");
            add(note);
        }
        if (trends.isEmpty()) {
            Paragraph none = new Paragraph("No audit cycle of the S47 checklist has started yet.");
            none.setId("dashboard-empty");
            add(none);
        }
        Div grid = new Div();
        grid.addClassName("dashboard-measures");
        grid.setId("dashboard-measures");
        for (Trend trend : trends) {
            grid.add(measure(trend));
        }
        add(grid);

        add(inProgress(findings, cycles));
        add(overdue(actions));
        if (!suppress) {
            add(agreement(moderation, cycles));
        }
    }

    private Component measure(Trend trend) {
        boolean icpc = ICPC_QUESTION.equals(trend.questionId());
        Section section = new Section();
        section.addClassName("dashboard-measure");
        section.setId("measure-" + trend.questionId());
        H3 title = new H3(trend.question());
        title.setId("measure-title-" + trend.questionId());
        section.add(title);

        List<String> categories = new ArrayList<>();
        List<Chart.Point> points = new ArrayList<>();
        NativeTable table = new NativeTable();
        table.setId("table-" + trend.questionId());
        table.addClassName("figures-table");
        table.setCaptionText("Monthly compliance: " + trend.question());
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Month", "Compliant", "Audited (n)", "Compliance", "95% interval")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        }
        for (Trend.Point p : trend.points()) {
            String month = p.periodStart() == null ? p.cycleName() : MONTH.format(p.periodStart());
            categories.add(month);
            double low = p.interval() == null ? Double.NaN : p.interval().lower() * 100;
            double high = p.interval() == null ? Double.NaN : p.interval().upper() * 100;
            SmallCounts.Shown shown = SmallCounts.show(p.compliant(), p.audited(), p.percent(), low, high, suppress);
            points.add(p.audited() == 0 || shown.suppressed() || Double.isNaN(p.percent()) ? null
                    : new Chart.Point(p.percent(), low, high, p.compliant(), p.audited()));
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell monthCell = row.addHeaderCell();
            monthCell.setText(month);
            monthCell.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(shown.compliant());
            row.addDataCell().setText(shown.audited());
            row.addDataCell().setText(shown.percent());
            row.addDataCell().setText(shown.interval());
        }
        Chart chart = new Chart();
        chart.setId("chart-" + trend.questionId());
        chart.setData(null, "Chart of monthly compliance with " + trend.question()
                        + (icpc ? ", with the national reference of 81%" : "")
                        + ". The numbers are in the table that follows.",
                categories, List.of(new Chart.Series("Compliance", points)),
                icpc ? new Chart.Reference(ICPC_NATIONAL_LABEL, ICPC_NATIONAL_PERCENT) : null);
        section.add(chart);
        if (icpc) {
            Paragraph reference = new Paragraph(ICPC_NATIONAL_TEXT);
            reference.setId("icpc-national-reference");
            reference.addClassName("reference-note");
            section.add(reference);
        }
        NativeDetails details = new NativeDetails("Numbers for this chart", table);
        details.setId("details-" + trend.questionId());
        section.add(details);
        return section;
    }

    private Component inProgress(FindingsService findings, List<CyclePeriod> cycles) {
        Section section = new Section();
        section.setId("dashboard-in-progress");
        section.add(new H2("Cycles in progress"));
        List<CyclePeriod> running = cycles.stream().filter(c -> c.status() == CycleStatus.IN_PROGRESS
                || c.status() == CycleStatus.MODERATION).toList();
        if (running.isEmpty()) {
            section.add(new Paragraph("No cycle is in progress."));
            return section;
        }
        for (CyclePeriod c : running) {
            CycleProgress progress = findings.progress(c.id());
            Div line = new Div();
            line.addClassName("cycle-progress");
            line.setId("progress-" + c.id());
            String done = count(progress.done());
            String total = count(progress.audits());
            Span text = new Span(c.name() + " (" + c.status().label().toLowerCase(Locale.UK) + "): " + done + " of "
                    + total + " audits done");
            text.setId("progress-text-" + c.id());
            line.add(text);
            if (!SmallCounts.SUPPRESSED.equals(done) && !SmallCounts.SUPPRESSED.equals(total)) {
                ProgressBar bar = new ProgressBar(0, Math.max(1, progress.audits()), progress.done());
                bar.getElement().setAttribute("aria-label", c.name() + ": audits done");
                line.add(bar);
            }
            section.add(line);
        }
        return section;
    }

    private Component overdue(ActionPlanService actions) {
        Section section = new Section();
        section.setId("dashboard-overdue");
        section.add(new H2("Overdue actions"));
        List<ActionItem> overdue = actions.plan(false).stream().filter(ActionItem::overdue).toList();
        if (overdue.isEmpty()) {
            Paragraph none = new Paragraph("No action of the action plan is overdue.");
            none.setId("overdue-none");
            section.add(none);
            return section;
        }
        NativeTable table = new NativeTable();
        table.setId("overdue-table");
        table.addClassName("figures-table");
        table.addClassName("text-table");
        table.setCaptionText(overdue.size() + " overdue action" + (overdue.size() == 1 ? "" : "s")
                + " of the action plan");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Action", "Issue identified", "Owner", "Due", "Status")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        }
        for (ActionItem a : overdue) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell ref = row.addHeaderCell();
            ref.setText(a.reference());
            ref.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(a.issue());
            row.addDataCell().setText(a.owner());
            row.addDataCell().setText(Formats.date(a.dueDate()));
            row.addDataCell().setText(a.statusLabel());
        }
        section.add(table);
        return section;
    }

    private Component agreement(ModerationService moderation, List<CyclePeriod> cycles) {
        Section section = new Section();
        section.setId("dashboard-agreement");
        CycleAgreement last = null;
        CyclePeriod lastCycle = null;
        for (CyclePeriod c : cycles) { // newest first
            if (c.status() == CycleStatus.PLANNED || c.status() == CycleStatus.SAMPLING) {
                continue;
            }
            CycleAgreement a = moderation.cycleAgreement(c.id());
            if (a.moderatedAudits() > 0) {
                last = a;
                lastCycle = c;
                break;
            }
        }
        if (last == null) {
            section.add(new H2("Moderation agreement"), new Paragraph("No moderation has been submitted yet."));
            return section;
        }
        section.add(new H2("Moderation agreement: " + lastCycle.name()));
        NativeTable table = new NativeTable();
        table.setId("agreement-table");
        table.addClassName("figures-table");
        table.setCaptionText("Agreement between auditors and moderators, " + lastCycle.name() + " ("
                + last.moderatedAudits() + " moderated audit" + (last.moderatedAudits() == 1 ? "" : "s") + ")");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Answers", "Compared", "Agreement", "Cohen's kappa", "Gwet's AC1")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        }
        agreementRow(table, "Compliance answers", last.compliance());
        agreementRow(table, "Grades", last.grades());
        section.add(table, new Paragraph("Kappa is low when nearly every answer is the same even if auditor and "
                + "moderator agree; Gwet's AC1 is shown beside it for that reason."));
        return section;
    }

    private static void agreementRow(NativeTable table, String label, Agreement a) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell name = row.addHeaderCell();
        name.setText(label);
        name.getElement().setAttribute("scope", "row");
        row.addDataCell().setText(Integer.toString(a.items()));
        row.addDataCell().setText(Double.isNaN(a.observed()) ? "–" : SmallCounts.percent(a.observed() * 100));
        row.addDataCell().setText(decimal(a.cohensKappa()));
        row.addDataCell().setText(decimal(a.gwetsAc1()));
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "not defined" : String.format(Locale.UK, "%.2f", value);
    }

    private String count(int n) {
        return suppress && SmallCounts.suppressed(n) ? SmallCounts.SUPPRESSED : Integer.toString(n);
    }
}
