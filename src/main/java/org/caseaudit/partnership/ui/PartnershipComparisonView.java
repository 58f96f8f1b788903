package org.caseaudit.partnership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.caseaudit.partnership.Comparison;
import org.caseaudit.partnership.FunnelPlot;
import org.caseaudit.partnership.FunnelPosition;
import org.caseaudit.partnership.MeasureChoice;
import org.caseaudit.partnership.PartnershipService;
import org.caseaudit.partnership.PartnershipSummary;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Chart;
import org.caseaudit.shared.ui.Downloads;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.MainLayout;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.shared.ui.UkDatePickers;

/**
 * The partnership's cross-council comparison: one measure of one template version over a period, each council's n,
 * per cent and 95% interval (disclosure control applied), and a funnel plot around the partnership's per cent. Councils
 * in name order, never ranked. The plot reuses {@code <ca-chart>} (decision 0006) with n as its categories, so no new
 * frontend bundle is needed: the control limits are bands around the partnership's line and each council is a point.
 */
@Route(value = "partnership-comparison", layout = MainLayout.class)
@PageTitle("Partnership comparison | Case Audit Workbench")
@Menu(title = "Partnership comparison", order = 6, icon = "vaadin:scale")
@RolesAllowed({Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL})
class PartnershipComparisonView extends VerticalLayout {

    private final PartnershipService partnership;
    private final ComboBox<MeasureChoice> template = new ComboBox<>("Checklist and version");
    private final ComboBox<MeasureChoice.Question> measure = new ComboBox<>("Measure");
    private final DatePicker from = UkDatePickers.create("Cycles starting from", "comparison-from");
    private final DatePicker to = UkDatePickers.create("to", "comparison-to");
    private final Grid<Comparison.Row> grid = new Grid<>();
    private final Chart chart = new Chart();
    private final Paragraph total = new Paragraph();
    private final Paragraph funnelNote = new Paragraph();
    private final Div pack = new Div();
    private final Paragraph disclosure = new Paragraph();
    private Comparison comparison;

    PartnershipComparisonView(PartnershipService partnership, Clock clock) {
        this.partnership = partnership;
        setId("partnership-comparison");
        setWidthFull();
        PartnershipSummary summary = partnership.partnership().orElse(null);
        if (summary == null) {
            Paragraph none = new Paragraph("Your council is in no safeguarding partnership yet, so there is nothing "
                    + "to compare. The installation's administrator adds councils to a partnership.");
            none.setId("comparison-no-partnership");
            add(none);
            return;
        }
        add(new H2(summary.name()));
        Paragraph intro = new Paragraph("Councils: " + String.join(", ", summary.councils()) + ". Councils are "
                + "compared on the same question of the same checklist version; they are listed by name, not ranked. "
                + "A council outside the funnel's 99.8% limits differs from the partnership by more than chance "
                + "would explain at its number of files; no case is shown here.");
        intro.setId("comparison-intro");
        add(intro);

        template.setId("comparison-template");
        template.setItemLabelGenerator(MeasureChoice::label);
        template.setWidth("36em");
        template.setMaxWidth("100%");
        template.setItems(partnership.measures());
        measure.setId("comparison-measure");
        measure.setItemLabelGenerator(q -> q.text() + (q.keyMeasure() ? " (key measure)" : ""));
        // the measure is a whole question: a line of its own, as wide as the page allows, never wider than it
        measure.setWidthFull();
        measure.setMaxWidth("48em");
        template.addValueChangeListener(e -> {
            measure.setItems(e.getValue() == null ? List.of() : e.getValue().questions());
            if (e.getValue() != null) {
                measure.setValue(e.getValue().questions().stream().filter(MeasureChoice.Question::keyMeasure)
                        .findFirst().orElse(e.getValue().questions().isEmpty() ? null
                                : e.getValue().questions().getFirst()));
            }
        });
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        from.setValue(today.withDayOfMonth(1).minusMonths(11));
        to.setValue(today);
        Button compare = new Button("Compare", e -> compare());
        compare.setId("comparison-run");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout choice = Layouts.toolbar(template, measure);
        HorizontalLayout period = Layouts.toolbar(from, to, compare);
        choice.setWidthFull();
        period.setWidthFull();
        add(choice, period);

        grid.setId("comparison-grid");
        grid.addColumn(Comparison.Row::council).setHeader("Council").setKey("council").setAutoWidth(true);
        grid.addColumn(Comparison.Row::cycles).setHeader("Cycles").setKey("cycles");
        grid.addColumn(Comparison.Row::compliant).setHeader("Compliant").setKey("compliant");
        grid.addColumn(Comparison.Row::audited).setHeader("Audited (n)").setKey("audited");
        grid.addColumn(Comparison.Row::share).setHeader("Per cent").setKey("share");
        grid.addColumn(Comparison.Row::interval).setHeader("95% interval").setKey("interval");
        grid.addColumn(PartnershipComparisonView::position)
                .setHeader("Against the partnership").setKey("position").setAutoWidth(true);
        Layouts.sizeToRows(grid);
        Layouts.onNarrow(this, Layouts.cardsOnNarrow(this, grid, "Council", r -> List.of(r.council(),
                "n " + r.audited() + (r.share().isEmpty() ? "" : ", " + r.share() + " (" + r.interval() + ")"),
                position(r))));
        total.setId("comparison-total");
        chart.setId("funnel-chart");
        funnelNote.setId("funnel-note");
        chart.setHeight("320px");
        pack.setId("comparison-pack");
        disclosure.setId("comparison-disclosure");
        disclosure.addClassName("hint");
        add(new H3("Councils"), grid, total, new H3("Funnel plot"), funnelNote, chart, pack, disclosure);
        if (!template.getListDataView().getItems().findAny().isPresent()) {
            total.setText("No council of the partnership has audited with a checklist yet.");
        } else {
            template.setValue(template.getListDataView().getItem(0));
            compare();
        }
    }

    private void compare() {
        MeasureChoice t = template.getValue();
        MeasureChoice.Question q = measure.getValue();
        if (t == null || q == null || from.getValue() == null || to.getValue() == null) {
            Notifications.warning("Choose a checklist version, a measure and a period.");
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            Notifications.warning("The period ends before it starts: change the dates.");
            return;
        }
        comparison = partnership.compare(t.templateId(), t.templateVersion(), q.id(), from.getValue(), to.getValue());
        grid.setItems(comparison.rows());
        total.setText("Partnership: " + comparison.totalCompliant() + " of " + comparison.totalAudited()
                + " files compliant" + (comparison.totalShare().isEmpty() ? "" : " (" + comparison.totalShare() + ")")
                + ", cycles starting " + Formats.date(comparison.from()) + " to " + Formats.date(
                comparison.to()) + ".");
        disclosure.setText(comparison.disclosure());
        drawFunnel(comparison);
        pack.removeAll();
        String base = "partnership-comparison-" + t.templateId() + "-v" + t.templateVersion() + "-" + q.id();
        LocalDate f = from.getValue();
        LocalDate u = to.getValue();
        Anchor pdf = Downloads.link("comparison-pdf", "Download the comparison pack (PDF)", base + ".pdf",
                Downloads.PDF, () -> partnership.pack(t.templateId(), t.templateVersion(), q.id(), f, u));
        Anchor html = Downloads.link("comparison-html", "Download the comparison pack (accessible web page)",
                base + ".html", Downloads.HTML,
                () -> partnership.packHtml(t.templateId(), t.templateVersion(), q.id(), f, u));
        Anchor workbook = Downloads.link("comparison-workbook", "Download the comparison pack (workbook)",
                base + ".xlsx", Downloads.XLSX,
                () -> partnership.workbook(t.templateId(), t.templateVersion(), q.id(), f, u));
        VerticalLayout links = new VerticalLayout(pdf, html, workbook);
        links.setPadding(false);
        links.setSpacing(false);
        pack.add(links);
    }

    private void drawFunnel(Comparison c) {
        if (!c.plotShown()) {
            chart.setVisible(false);
            funnelNote.setText("No funnel plot: the partnership has too few audited files for this measure and "
                    + "period to show.");
            return;
        }
        chart.setVisible(true);
        funnelNote.setText("The line is the partnership's per cent; the shaded bands are its 95% and 99.8% control "
                + "limits, narrower where a council audited more files. Each council is a point at its n.");
        FunnelChart data = FunnelChart.of(c.plot());
        chart.setData(null, "Funnel plot of " + c.measure() + ": each council's per cent against the partnership's "
                + "95% and 99.8% control limits; the same figures are in the table above.", data.categories(),
                data.series(), null);
    }

    /** The council's place against the funnel; "small sample" only beside a shown share (a hidden one says why). */
    static String position(Comparison.Row r) {
        return r.position().label() + (r.smallSample() && r.position() != FunnelPosition.NOT_SHOWN
                ? " (small sample)" : "");
    }

    Comparison comparisonForTest() {
        return comparison;
    }

    /** The funnel as {@code <ca-chart>} series over categories of n. */
    record FunnelChart(List<String> categories, List<Chart.Series> series) {

        static FunnelChart of(FunnelPlot plot) {
            int maxN = (int) Math.max(1, plot.points().stream().mapToLong(FunnelPlot.Point::audited).max().orElse(1));
            TreeSet<Integer> ns = new TreeSet<>();
            plot.curve(maxN, 12).forEach(l -> ns.add(l.n()));
            plot.points().stream().filter(p -> p.proportion() != null).forEach(p -> ns.add((int) p.audited()));
            ns.removeIf(n -> n < 3);
            if (ns.isEmpty()) {
                ns.add(maxN);
            }
            List<Integer> order = new ArrayList<>(ns);
            List<String> categories = order.stream().map(n -> "n " + n).toList();
            double target = plot.target() * 100;
            List<Chart.Point> p95 = new ArrayList<>();
            List<Chart.Point> p998 = new ArrayList<>();
            for (int n : order) {
                FunnelPlot.Limits l = FunnelPlot.limits(plot.target(), n);
                p95.add(new Chart.Point(target, l.lower95() * 100, l.upper95() * 100, null, n));
                p998.add(new Chart.Point(target, l.lower998() * 100, l.upper998() * 100, null, n));
            }
            List<Chart.Series> series = new ArrayList<>();
            series.add(new Chart.Series("Partnership, 99.8% limits", p998));
            series.add(new Chart.Series("Partnership, 95% limits", p95));
            for (FunnelPlot.Point p : plot.points()) {
                if (p.proportion() == null) {
                    continue;
                }
                List<Chart.Point> one = new ArrayList<>();
                for (int n : order) {
                    one.add(n == p.audited() ? new Chart.Point(p.proportion() * 100, p.interval().lower() * 100,
                            p.interval().upper() * 100, null, (int) p.audited()) : null);
                }
                series.add(new Chart.Series(p.name(), one));
            }
            return new FunnelChart(categories, series);
        }
    }
}
