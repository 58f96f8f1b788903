package org.caseaudit.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseaudit.findings.ConfidenceInterval;
import org.caseaudit.findings.DisclosureControl;

/**
 * A cross-council comparison of one measure (a compliance question of one template version) over one period, as
 * printed: every count through {@link DisclosureControl} (each council's compliant and audited counts and the
 * partnership's totals are one table tied by their sums, so no "c" can be worked out from the totals), a share and
 * interval only where both counts are shown, and the funnel plot of the shown councils around the partnership's
 * proportion. Councils in name order: not a league table.
 */
public record Comparison(String templateId, int templateVersion, String questionId, String measure, LocalDate from,
        LocalDate to, List<Row> rows, String totalCompliant, String totalAudited, String totalShare,
        FunnelPlot plot, String disclosure) {

    /** One council as printed. {@code position} NOT_SHOWN when its share is withheld. */
    public record Row(String council, int cycles, String compliant, String audited, String share, String interval,
            FunnelPosition position, boolean smallSample) {
    }

    /** Whether the plot can be drawn (the partnership's share is shown). */
    public boolean plotShown() {
        return plot != null;
    }

    public static Comparison of(String templateId, int templateVersion, String questionId, String measure,
            LocalDate from, LocalDate to, List<CouncilFigures> figures, DisclosureControl policy) {
        List<CouncilFigures> sorted = figures.stream()
                .sorted(Comparator.comparing(CouncilFigures::council, String.CASE_INSENSITIVE_ORDER)).toList();
        DisclosureControl.Table t = policy.table();
        List<DisclosureControl.Cell> compliantCells = new ArrayList<>();
        List<DisclosureControl.Cell> auditedCells = new ArrayList<>();
        List<DisclosureControl.Cell> findingCells = new ArrayList<>();
        for (CouncilFigures f : sorted) {
            String k = "council|" + f.councilId() + "|";
            DisclosureControl.Cell c = t.sensitive(k + "compliant", f.compliant());
            DisclosureControl.Cell a = t.sensitive(k + "audited", f.audited());
            DisclosureControl.Cell n = t.unprinted(k + "findings", f.audited() - f.compliant());
            t.sum(a, c, n);
            compliantCells.add(c);
            auditedCells.add(a);
            findingCells.add(n);
        }
        long c = sorted.stream().mapToLong(CouncilFigures::compliant).sum();
        long a = sorted.stream().mapToLong(CouncilFigures::audited).sum();
        DisclosureControl.Cell tc = t.sensitive("all|compliant", c);
        DisclosureControl.Cell ta = t.sensitive("all|audited", a);
        DisclosureControl.Cell tf = t.unprinted("all|findings", a - c);
        t.sum(ta, tc, tf);
        if (!sorted.isEmpty()) {
            t.sum(tc, compliantCells);
            t.sum(ta, auditedCells);
            t.sum(tf, findingCells);
        }
        DisclosureControl.Protection p = t.protect();

        boolean totalShown = p.shareShown("all|compliant", "all|audited");
        List<FunnelPlot.Unit> units = sorted.stream().map(f -> new FunnelPlot.Unit(f.council(), f.compliant(),
                f.audited(), totalShown && p.shareShown("council|" + f.councilId() + "|compliant",
                "council|" + f.councilId() + "|audited"))).toList();
        FunnelPlot plot = totalShown ? FunnelPlot.of(units) : null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CouncilFigures f = sorted.get(i);
            String k = "council|" + f.councilId() + "|";
            boolean shown = p.shareShown(k + "compliant", k + "audited");
            FunnelPlot.Point point = plot == null ? null : plot.points().get(i);
            rows.add(new Row(f.council(), f.cycles(), p.show(k + "compliant"), p.show(k + "audited"),
                    shown ? percent(f.compliant(), f.audited()) : "",
                    shown ? ConfidenceInterval.wilson95((int) f.compliant(), (int) f.audited()).describe() : "",
                    point == null ? FunnelPosition.NOT_SHOWN : point.position(),
                    f.audited() > 0 && f.audited() < org.caseaudit.findings.ComplianceRules.SMALL_SAMPLE));
        }
        return new Comparison(templateId, templateVersion, questionId, measure, from, to, List.copyOf(rows),
                p.show(tc), p.show(ta), totalShown ? percent(c, a) : "", plot, policy.statement());
    }

    private static String percent(long compliant, long audited) {
        return Math.round(100.0 * compliant / audited) + "%";
    }
}
