package org.caseaudit.findings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.audit.Calibration;
import org.caseaudit.audit.GradingOverview;
import org.caseaudit.audit.GradingRules;
import org.caseaudit.audit.GradingService;
import org.caseaudit.findings.ConfidenceInterval;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Chart;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.MainLayout;

/**
 * Grading honesty: for the audit lead, the auditors' grade distributions per cycle and per team and how often
 * moderation changed a grade (and which way), with a chart of both shares over the cycles; every auditor (and the lead,
 * for any auditor) sees the calibration of their own grades against moderation. The service refuses anyone else's
 * calibration; the page never offers it.
 */
@Route(value = "grading", layout = MainLayout.class)
@PageTitle("Grading honesty | Case Audit Workbench")
@Menu(title = "Grading honesty", order = 6, icon = "vaadin:scale")
@RolesAllowed({Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR})
class GradingView extends VerticalLayout {

    static final int CYCLES = 12;

    private final GradingService grading;
    private final VerticalLayout calibration = new VerticalLayout();

    GradingView(GradingService grading, FindingsService findings, CurrentUser currentUser) {
        this.grading = grading;
        setId("grading-view");
        setWidthFull();
        boolean lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        calibration.setPadding(false);
        calibration.setId("grading-calibration");
        if (lead) {
            List<Long> ids = findings.cycles().stream().limit(CYCLES).map(CyclePeriod::id).toList();
            overview(grading.overview(ids));
            add(new H2("Calibration of an auditor"));
            add(new Paragraph("Shown only to the auditor and to you: how often moderation left the auditor's overall "
                    + "grade as given, cycle by cycle. Looking at another auditor's calibration is recorded in the "
                    + "audit trail."));
            ComboBox<String> auditor = new ComboBox<>("Auditor");
            auditor.setId("grading-auditor");
            auditor.setItems(grading.calibratedAuditors());
            auditor.addValueChangeListener(e -> {
                calibration.removeAll();
                if (e.getValue() != null) {
                    calibration.add(calibration(grading.calibration(e.getValue()), false));
                }
            });
            add(auditor);
        } else {
            add(new H2("Your calibration"));
            add(new Paragraph("How often moderation left your overall grade as you gave it, cycle by cycle, and which "
                    + "way it moved when it did not. Only you and the audit lead see this."));
            calibration.add(calibration(grading.myCalibration(), true));
        }
        add(calibration);
    }

    private void overview(GradingOverview o) {
        add(new H2("Grade changes at moderation"));
        GradingRules.Changes all = o.changes();
        Paragraph summary = new Paragraph(all.compared() == 0 ? "No moderated audit has both grades yet."
                : "Over the last " + o.changesByCycle().size() + " cycles moderation compared " + all.compared()
                + " overall grades: it agreed " + all.same() + ", the auditor had graded higher than moderation "
                + "agreed in " + all.auditorHigher() + (all.higherByTwoOrMore() > 0 ? " (" + all.higherByTwoOrMore()
                + " by two grades or more)" : "") + " and lower in " + all.auditorLower() + ".");
        summary.setId("grading-summary");
        add(summary);
        Chart chart = new Chart();
        chart.setId("grading-chart");
        List<String> categories = o.changesByCycle().stream().map(GradingRules.Changes::label).toList();
        List<Chart.Point> agreed = new ArrayList<>();
        List<Chart.Point> higher = new ArrayList<>();
        for (GradingRules.Changes c : o.changesByCycle()) {
            agreed.add(point(c.same(), c.compared()));
            higher.add(point(c.auditorHigher(), c.compared()));
        }
        chart.setData(null, "Line chart: per cent of moderated grades left as the auditor gave them, and per cent the "
                        + "auditor graded higher than moderation agreed, per cycle. The numbers are in the table "
                        + "below.",
                categories, List.of(new Chart.Series("Grade agreed", agreed),
                        new Chart.Series("Auditor graded higher", higher)), null);
        add(chart);
        Grid<GradingRules.Changes> changes = changesGrid("grading-changes");
        changes.setItems(o.changesByCycle());
        add(changes);

        add(new H2("Grade distributions"));
        add(new Paragraph(
                "The auditors' overall grades of submitted audits (before moderation), per cycle and per team "
                + "of the audited cases."));
        add(new H3("Per cycle"));
        Grid<GradingRules.Distribution> byCycle = distributionGrid("grading-by-cycle", "Cycle");
        byCycle.setItems(o.byCycle());
        add(byCycle);
        add(new H3("Per team"));
        Grid<GradingRules.Distribution> byTeam = distributionGrid("grading-by-team", "Team");
        byTeam.setItems(o.byTeam());
        add(byTeam);
    }

    private Component calibration(Calibration c, boolean own) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        GradingRules.Changes all = c.overall();
        Paragraph p = new Paragraph(all.compared() == 0 ? (own ? "None of your" : "None of this auditor's")
                + " graded audits has been moderated yet."
                : (own ? "Of your " : "Of " + c.auditor() + "'s ") + all.compared() + " moderated grades, moderation "
                + "agreed " + all.same() + " (" + Math.round(100 * all.agreement()) + "%); graded higher than "
                + "moderation agreed: " + all.auditorHigher() + "; lower: " + all.auditorLower() + ".");
        p.setId("calibration-summary");
        box.add(p);
        if (!c.byCycle().isEmpty()) {
            Chart chart = new Chart();
            chart.setId("calibration-chart");
            chart.setData(null, "Line chart of the per cent of moderated grades agreed, per cycle. The numbers are in "
                            + "the table below.", c.byCycle().stream().map(GradingRules.Changes::label).toList(),
                    List.of(new Chart.Series("Grade agreed", c.byCycle().stream()
                            .map(x -> point(x.same(), x.compared())).toList())), null);
            box.add(chart);
            Grid<GradingRules.Changes> grid = changesGrid("calibration-grid");
            grid.setItems(c.byCycle());
            box.add(grid);
        }
        return box;
    }

    private static Chart.Point point(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        ConfidenceInterval ci = ConfidenceInterval.wilson95(part, whole);
        return new Chart.Point(100.0 * part / whole, 100 * ci.lower(), 100 * ci.upper(), part, whole);
    }

    private Grid<GradingRules.Changes> changesGrid(String id) {
        Grid<GradingRules.Changes> g = new Grid<>();
        g.setId(id);
        g.addColumn(GradingRules.Changes::label).setHeader("Cycle").setFlexGrow(1);
        g.addColumn(GradingRules.Changes::compared).setHeader("Compared").setAutoWidth(true);
        g.addColumn(GradingRules.Changes::same).setHeader("Agreed").setAutoWidth(true);
        g.addColumn(GradingRules.Changes::auditorHigher).setHeader("Auditor higher").setAutoWidth(true);
        g.addColumn(GradingRules.Changes::auditorLower).setHeader("Auditor lower").setAutoWidth(true);
        g.setAllRowsVisible(true);
        Layouts.onNarrow(g, Layouts.cardsOnNarrow(this, g, "Cycle", c -> List.of(c.label(),
                "Compared " + c.compared() + ", agreed " + c.same(), "Auditor higher " + c.auditorHigher()
                        + ", lower " + c.auditorLower())));
        return g;
    }

    private Grid<GradingRules.Distribution> distributionGrid(String id, String what) {
        Grid<GradingRules.Distribution> g = new Grid<>();
        g.setId(id);
        g.addColumn(GradingRules.Distribution::label).setHeader(what).setFlexGrow(1);
        g.addColumn(GradingRules.Distribution::outstanding).setHeader("Outstanding").setAutoWidth(true);
        g.addColumn(GradingRules.Distribution::good).setHeader("Good").setAutoWidth(true);
        g.addColumn(GradingRules.Distribution::requiresImprovement).setHeader("Requires improvement")
                .setAutoWidth(true);
        g.addColumn(GradingRules.Distribution::inadequate).setHeader("Inadequate").setAutoWidth(true);
        g.addColumn(GradingRules.Distribution::notGraded).setHeader("Not graded").setAutoWidth(true);
        g.setAllRowsVisible(true);
        Layouts.onNarrow(g, Layouts.cardsOnNarrow(this, g, what, d -> List.of(d.label(),
                "Outstanding " + d.outstanding() + ", Good " + d.good(), "Requires improvement "
                        + d.requiresImprovement() + ", Inadequate " + d.inadequate(), "Not graded " + d.notGraded())));
        return g;
    }
}
