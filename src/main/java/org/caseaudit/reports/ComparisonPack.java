package org.caseaudit.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseaudit.partnership.Comparison;
import org.caseaudit.partnership.ComparisonPackRenderer;
import org.caseaudit.partnership.FunnelPlot;
import org.caseaudit.shared.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * The partnership comparison pack (issue 25): each council's n, compliant count, per cent with its 95% interval and
 * its place against the funnel's control limits at its own n, the partnership's line, and how to read them, as a
 * tagged PDF ({@code reports/multi-agency-document.jrxml}, the row layout every partnership document uses) and its
 * HTML twin from the same rows. Built from the {@link Comparison} as printed (disclosure control already applied), so
 * it holds no case, no case-level row and no count the page withholds. The funnel is given as its figures, a table of
 * limits at each council's n: the chart itself is on the comparison page.
 */
@Component
class ComparisonPack implements ComparisonPackRenderer {

    static final String MARKING = "OFFICIAL";

    private final PdfRenderer renderer;
    private final HtmlTwinRenderer html;

    ComparisonPack(PdfRenderer renderer, HtmlTwinRenderer html) {
        this.renderer = renderer;
        this.html = html;
    }

    @Override
    public byte[] pdf(String partnership, Comparison comparison, String produced) {
        String title = title(comparison);
        return renderer.render(MultiAgencyReports.REPORT, Map.of("TITLE", title, "SUBTITLE",
                subtitle(partnership, produced), "MARKING", MARKING), RecordDataSource.of(rows(comparison)), title);
    }

    @Override
    public byte[] html(String partnership, Comparison comparison, String produced) {
        return html.multiAgencyDocument(title(comparison), subtitle(partnership, produced), MARKING, rows(comparison));
    }

    static String title(Comparison c) {
        return "Partnership comparison: " + c.measure();
    }

    private static String subtitle(String partnership, String produced) {
        return partnership + " · " + produced;
    }

    /** The pack's rows (pure): what is compared, the councils, the funnel's figures, how to read them. */
    static List<MultiAgencyDocuments.Row> rows(Comparison c) {
        List<MultiAgencyDocuments.Row> rows = new ArrayList<>();
        rows.add(MultiAgencyDocuments.Row.heading("What is compared"));
        rows.add(MultiAgencyDocuments.Row.paragraph("The question \"" + c.measure() + "\" of the checklist "
                + c.templateId() + ", version " + c.templateVersion()
                + ", in every council's audits of cycles starting "
                + Formats.date(c.from()) + " to " + Formats.date(c.to()) + ". Every council answered the same question "
                + "of the same checklist version. Councils are listed by name, not ranked."));
        rows.add(MultiAgencyDocuments.Row.heading("Each council"));
        rows.add(new MultiAgencyDocuments.Row("T", "Council", "Audited (n)", "Compliant",
                "Per cent (95% interval)", "Against the partnership"));
        for (Comparison.Row r : c.rows()) {
            rows.add(new MultiAgencyDocuments.Row("R", r.council() + " (" + r.cycles() + " cycle"
                    + (r.cycles() == 1 ? "" : "s") + ")", r.audited(), r.compliant(), share(r.share(), r.interval()),
                    r.position().label() + (r.smallSample() ? ", small sample" : "")));
        }
        rows.add(new MultiAgencyDocuments.Row("R", "Partnership (all its councils)", c.totalAudited(),
                c.totalCompliant(), share(c.totalShare(), ""), c.plotShown() ? "The funnel's centre line" : ""));
        rows.add(MultiAgencyDocuments.Row.heading("Funnel plot: the limits at each council's n"));
        if (!c.plotShown()) {
            rows.add(MultiAgencyDocuments.Row.paragraph("No funnel plot: the partnership has too few audited files "
                    + "for this measure and period to show."));
        } else {
            FunnelPlot plot = c.plot();
            rows.add(MultiAgencyDocuments.Row.paragraph("The centre line is the partnership's per cent, "
                    + percent(plot.target()) + ". A council's limits depend on its n: the more files it audited, the "
                    + "narrower they are. A council outside the 99.8% limits differs from the partnership by more than "
                    + "chance would explain at its n; between the 95% and 99.8% limits, it may be worth a look; within "
                    + "the 95% limits, it does not differ. The comparison page draws the same figures as a chart."));
            rows.add(new MultiAgencyDocuments.Row("T", "Council", "n", "95% limits", "99.8% limits", "Position"));
            for (FunnelPlot.Point p : plot.points()) {
                if (p.proportion() == null) {
                    rows.add(new MultiAgencyDocuments.Row("R", p.name(), "", "", "", p.position().label()));
                    continue;
                }
                FunnelPlot.Limits l = FunnelPlot.limits(plot.target(), (int) p.audited());
                rows.add(new MultiAgencyDocuments.Row("R", p.name(), Long.toString(p.audited()),
                        percent(l.lower95()) + " to " + percent(l.upper95()),
                        percent(l.lower998()) + " to " + percent(l.upper998()),
                        percent(p.proportion()) + ": " + p.position().label().toLowerCase(Locale.UK)));
            }
        }
        rows.add(MultiAgencyDocuments.Row.heading("About the figures"));
        rows.add(MultiAgencyDocuments.Row.paragraph("n is the number of files audited on the question (answers of "
                + "not applicable are left out); the per cent is the share of those that were compliant, with its 95% "
                + "interval (Wilson). Control limits: the partnership's proportion plus or minus 1.96 (95%) and 3.09 "
                + "(99.8%) standard errors at each n (Spiegelhalter, 2005). No case, child or practitioner is named in "
                + "this pack."));
        rows.add(MultiAgencyDocuments.Row.paragraph(c.disclosure()));
        return rows;
    }

    private static String share(String share, String interval) {
        if (share == null || share.isEmpty()) {
            return "not shown";
        }
        return interval == null || interval.isEmpty() ? share : share + " (" + interval + ")";
    }

    private static String percent(double p) {
        return Math.round(100 * p) + "%";
    }
}
