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
import org.caseaudit.findings.ConfidenceInterval;
import org.caseaudit.findings.DisclosedFigures;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.DisclosureSettings;
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
    private final DisclosureSettings settings;
    private DisclosedFigures figures;
    private final java.util.Map<Long, CycleProgress> provisional = new java.util.HashMap<>();

    DashboardView(FindingsService findings, ActionPlanService actions, ModerationService moderation,
            CurrentUser currentUser, DisclosureSettings settings) {
        this.settings = settings;
        suppress = !currentUser.hasRole(Roles.AUDIT_LEAD) && !currentUser.hasRole(Roles.ADMIN);
        setId("dashboard");
        addClassName("dashboard");
        setWidthFull();

        List<Trend> trends = findings.keyMeasureTrends(TEMPLATE, CYCLES + DisclosedFigures.POOLED_MONTHS - 1);
        List<CyclePeriod> cycles = findings.cycles();
        // one protection for every figure on the page (months and pooled figures tie the charts together)
        DisclosedFigures.Builder builder = DisclosedFigures.builder(suppress ? settings.policy()
                : new DisclosureControl(0));
        trends.forEach(t -> builder.trend(t, Math.max(0, t.points().size() - CYCLES)));
        figures = builder.poolWholePeriodWhenNothingShows().build();
        for (CyclePeriod c : cycles) {
            if (c.status() == CycleStatus.IN_PROGRESS || c.status() == CycleStatus.MODERATION) {
                CycleProgress p = findings.progress(c.id());
                if (p.done() < p.audits()) {
                    provisional.put(c.id(), p);
                }
            }
        }

        add(new H2("Key measures: monthly compliance"));
        Paragraph intro = new Paragraph("Each point is one monthly audit cycle of S47 enquiries: the share of audited "
                + "files that were compliant (files where the question did not apply are left out). The shaded band is "
                + "the 95% interval: with the few files audited each month it is wide, so judge the trend rather than "
                + "one month. The numbers of every chart are in the table under it.");
        intro.setId("dashboard-intro");
        add(intro);
        if (!provisional.isEmpty()) {
            Paragraph note = new Paragraph("A month whose cycle is not finished is marked provisional, with how many "
                    + "of its audits are done: its figures will change.");
            note.setId("dashboard-provisional-note");
            add(note);
        }
        if (suppress) {
            Paragraph note = new Paragraph(settings.policy().statement() + " In the charts a month too small to show "
                    + "is left out and the figure pooled over the three months to it is drawn instead, as a separate "
                    + "line.");
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
            add(teams(findings, cycles));
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
        List<Chart.Point> pooledPoints = new ArrayList<>();
        List<Trend.Point> all = trend.points();
        for (Trend.Point p : all.subList(Math.max(0, all.size() - CYCLES), all.size())) {
            String month = p.periodStart() == null ? p.cycleName() : MONTH.format(p.periodStart());
            CycleProgress progress = provisional.get(p.cycleId());
            String category = progress == null ? month : month + " (provisional)";
            categories.add(category);
            DisclosedFigures.Figure fig = figures.month(p.cycleId(), trend.questionId());
            points.add(p.audited() == 0 || !fig.shareShown() ? null : point(fig));
            java.util.Optional<DisclosedFigures.Figure> pooled = figures.pooled(p.cycleId(), trend.questionId())
                    .filter(DisclosedFigures.Figure::shareShown);
            pooledPoints.add(pooled.map(DashboardView::point).orElse(null));
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell monthCell = row.addHeaderCell();
            monthCell.setText(progress == null ? month : month + " (provisional: " + progress.done() + " of "
                    + progress.audits() + " audits done)");
            monthCell.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(p.audited() == 0 ? "0" : fig.compliantText());
            row.addDataCell().setText(p.audited() == 0 ? "0" : fig.auditedText());
            row.addDataCell().setText(p.audited() == 0 ? "no files audited" : fig.percentText());
            row.addDataCell().setText(fig.interval().map(i -> SmallCounts.percent(i.lower() * 100) + " to "
                    + SmallCounts.percent(i.upper() * 100)).orElse(p.audited() == 0 ? "" : "c"));
            pooled.ifPresent(pool -> {
                NativeTableRow pr = table.getBody().addRow();
                pr.addClassName("pooled-row");
                NativeTableHeaderCell label = pr.addHeaderCell();
                label.setText("Pooled: " + pool.pooled());
                label.getElement().setAttribute("scope", "row");
                pr.addDataCell().setText(pool.compliantText());
                pr.addDataCell().setText(pool.auditedText());
                pr.addDataCell().setText(pool.percentText());
                pr.addDataCell().setText(pool.interval().map(i -> SmallCounts.percent(i.lower() * 100) + " to "
                        + SmallCounts.percent(i.upper() * 100)).orElse(""));
            });
        }
        List<Chart.Series> series = new ArrayList<>();
        series.add(new Chart.Series("Compliance", points));
        if (pooledPoints.stream().anyMatch(java.util.Objects::nonNull)) {
            series.add(new Chart.Series("Pooled over 3 months (where a month is too small)", pooledPoints));
        }
        figures.wholePeriod(trend.questionId()).filter(DisclosedFigures.Figure::shareShown).ifPresent(year -> {
            Chart.Point flat = point(year);
            series.add(new Chart.Series("Pooled over " + year.pooled() + " (too few files to show any month)",
                    categories.stream().map(c -> flat).toList()));
            NativeTableRow pr = table.getBody().addRow();
            pr.addClassName("pooled-row");
            NativeTableHeaderCell label = pr.addHeaderCell();
            label.setText("Pooled: " + year.pooled());
            label.getElement().setAttribute("scope", "row");
            pr.addDataCell().setText(year.compliantText());
            pr.addDataCell().setText(year.auditedText());
            pr.addDataCell().setText(year.percentText());
            pr.addDataCell().setText(year.interval().map(i -> SmallCounts.percent(i.lower() * 100) + " to "
                    + SmallCounts.percent(i.upper() * 100)).orElse(""));
        });
        Double target = settings.targets().get(trend.questionId());
        Chart chart = new Chart();
        chart.setId("chart-" + trend.questionId());
        Chart.Reference reference = icpc ? new Chart.Reference(ICPC_NATIONAL_LABEL, ICPC_NATIONAL_PERCENT)
                : target == null ? null : new Chart.Reference("Local target: " + SmallCounts.percent(target), target);
        chart.setData(null, "Chart of monthly compliance with " + trend.question()
                        + (icpc ? ", with the national reference of 81%" : "")
                        + (target == null ? "" : ", local target " + SmallCounts.percent(target))
                        + ". The numbers are in the table that follows.",
                categories, series, reference);
        section.add(chart);
        if (target != null) {
            Paragraph t = new Paragraph("Local target: " + SmallCounts.percent(target) + " (set by the authority"
                    + (icpc ? "; the dashed line is the national reference" : "; the dashed line") + ").");
            t.setId("target-" + trend.questionId());
            section.add(t);
        }
        if (icpc) {
            Paragraph national = new Paragraph(ICPC_NATIONAL_TEXT);
            national.setId("icpc-national-reference");
            national.addClassName("reference-note");
            section.add(national);
        }
        NativeDetails details = new NativeDetails("Numbers for this chart", table);
        details.setId("details-" + trend.questionId());
        section.add(details);
        return section;
    }

    private static Chart.Point point(DisclosedFigures.Figure f) {
        ConfidenceInterval i = f.interval().orElseThrow();
        return new Chart.Point(f.percent(), i.lower() * 100, i.upper() * 100, (int) f.compliant(), (int) f.audited());
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
            String done = Integer.toString(progress.done());
            String total = Integer.toString(progress.audits());
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

    /** The audit lead's breakdown by team of the latest cycle with audits done, each team linked to its findings. */
    private Component teams(FindingsService findings, List<CyclePeriod> cycles) {
        Section section = new Section();
        section.setId("dashboard-teams");
        CyclePeriod chosen = null;
        List<org.caseaudit.findings.TeamFigures> rows = List.of();
        for (CyclePeriod c : cycles) { // newest first
            if (c.status() != CycleStatus.IN_PROGRESS && c.status() != CycleStatus.MODERATION
                    && c.status() != CycleStatus.COMPLETE || !TEMPLATE.equals(c.templateId())) {
                continue;
            }
            rows = findings.teamBreakdown(c.id());
            if (!rows.isEmpty()) {
                chosen = c;
                break;
            }
        }
        if (chosen == null) {
            section.add(new H2("By team"), new Paragraph("No audit of a cycle is done yet."));
            return section;
        }
        CycleProgress progress = provisional.get(chosen.id());
        section.add(new H2("By team: " + chosen.name() + (progress == null ? ""
                : " (provisional: " + progress.done() + " of " + progress.audits() + " audits done)")));
        NativeTable table = new NativeTable();
        table.setId("team-table");
        table.addClassName("figures-table");
        table.setCaptionText("Results by team of the audited case, " + chosen.name()
                + " (small numbers: for the audit lead only)");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Team", "Audits done", "Files with a finding", "Key measures compliant",
                "Findings")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        }
        for (org.caseaudit.findings.TeamFigures t : rows) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(t.team());
            name.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(Integer.toString(t.done()));
            row.addDataCell().setText(Integer.toString(t.filesWithFindings()));
            row.addDataCell().setText(t.keyMeasures());
            var cell = row.addDataCell();
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "findings?cycle=" + chosen.id() + "&team=" + java.net.URLEncoder.encode(t.team(),
                            java.nio.charset.StandardCharsets.UTF_8), "Findings of " + t.team());
            cell.add(link);
        }
        section.add(table);
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
            row.addDataCell().setText(suppress ? a.themeIssue() : a.issue());
            row.addDataCell().setText(suppress ? a.ownerRole() : a.owner());
            row.addDataCell().setText(Formats.date(a.dueDate()));
            row.addDataCell().setText(a.statusWithReason());
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

}
