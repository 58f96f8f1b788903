package org.caseaudit.reports;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.multiagency.BoardReport;

/**
 * The rows of a multi-agency audit's board report and 7-minute briefing (reports/multi-agency-document.jrxml), built
 * from {@link BoardReport} only, so they carry no identifiers. Pure code.
 */
final class MultiAgencyDocuments {

    /** One printed row: H heading, P paragraph, B bullet, T table header, R table row; c1..c5 its cells. */
    record Row(String kind, String c1, String c2, String c3, String c4, String c5) {

        static Row heading(String text) {
            return new Row("H", text, null, null, null, null);
        }

        static Row paragraph(String text) {
            return new Row("P", text, null, null, null, null);
        }

        static Row bullet(String text) {
            return new Row("B", text, null, null, null, null);
        }
    }

    /** The seven headings partnerships use for a 7-minute briefing, in order. */
    static final List<String> BRIEFING_HEADINGS = List.of("1. Background", "2. Why it matters", "3. What we found",
            "4. What went well", "5. What needs to change", "6. What you should do", "7. Questions to reflect on");

    private MultiAgencyDocuments() {
    }

    static List<Row> boardReport(BoardReport r) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.heading("Method"));
        rows.add(Row.paragraph(r.method()));
        rows.add(Row.heading("The children audited"));
        rows.add(Row.paragraph(r.cohort()));
        rows.add(Row.heading("The panel's grades by domain (number of children)"));
        rows.add(new Row("T", "Domain", "Outstanding", "Good", "Requires improvement", "Inadequate"));
        r.grades().forEach(g -> rows.add(new Row("R", g.domain(), g.outstanding(), g.good(), g.requiresImprovement(),
                g.inadequate())));
        if (r.comparedWith() != null) {
            rows.add(Row.heading("Before and after: re-audit of the theme"));
            rows.add(Row.paragraph("Children whose experience the panel graded good or better, in " + r.comparedWith()
                    + " and in this audit."));
            rows.add(new Row("T", "Domain", "Previous audit", "This audit", null, null));
            r.comparison().forEach(c -> rows.add(new Row("R", c.domain(), c.before(), c.after(), null, null)));
        }
        rows.add(Row.heading("Agencies' participation and timeliness"));
        rows.add(new Row("T", "Agency", "Returns submitted", "By the deadline", null, null));
        r.agencies().forEach(a -> rows.add(new Row("R", a.agency(), a.submitted(), a.onTime(), null, null)));
        rows.add(Row.heading("Themes: what the returns found"));
        if (r.findings().isEmpty()) {
            rows.add(Row.paragraph("No return recorded a shortfall against the partnership's questions."));
        } else {
            rows.add(new Row("T", "Finding", "Returns", "Agencies", null, null));
            r.findings().forEach(f -> rows.add(new Row("R", f.finding(), f.returns(), f.agencies(), null, null)));
        }
        rows.add(Row.heading("Strengths"));
        if (r.strengths().isEmpty()) {
            rows.add(Row.paragraph("No domain was graded good or better for most children."));
        } else {
            r.strengths().forEach(s -> rows.add(Row.bullet(s)));
        }
        rows.add(Row.heading("Actions"));
        if (r.actions().isEmpty()) {
            rows.add(Row.paragraph("The panel raised no immediate concern."));
        } else {
            rows.add(new Row("T", "Issue identified", "Owner", "Due", "Status", null));
            r.actions().forEach(a -> rows.add(new Row("R", a.issue(), a.owner(), a.due(), a.status(), null)));
        }
        rows.add(Row.heading("About the figures"));
        rows.add(Row.paragraph(r.statement()));
        return rows;
    }

    static List<Row> briefing(BoardReport r) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.heading(BRIEFING_HEADINGS.get(0)));
        rows.add(Row.paragraph("The safeguarding partnership audited how agencies worked together for children "
                + "affected by " + r.theme().toLowerCase() + ". " + r.cohort().split("\\. ")[0] + "; police, health, "
                + "education and children's social care each looked at their own records, and a joint panel graded "
                + "the work."));
        rows.add(Row.heading(BRIEFING_HEADINGS.get(1)));
        rows.add(Row.paragraph("Children are safer when every agency recognises risk early, shares what it knows "
                + "and plans with the others. Joint Targeted Area Inspections look for exactly this."));
        rows.add(Row.heading(BRIEFING_HEADINGS.get(2)));
        if (r.findings().isEmpty()) {
            rows.add(Row.bullet("No agency recorded a shortfall against the partnership's questions."));
        }
        r.findings().stream().limit(4).forEach(f -> rows.add(Row.bullet(f.finding() + " (" + f.returns() + ")")));
        rows.add(Row.heading(BRIEFING_HEADINGS.get(3)));
        if (r.strengths().isEmpty()) {
            rows.add(Row.bullet("Agencies took part and shared their records with the panel."));
        }
        r.strengths().stream().limit(3).forEach(s -> rows.add(Row.bullet(s)));
        rows.add(Row.heading(BRIEFING_HEADINGS.get(4)));
        r.grades().stream().filter(g -> !"0".equals(g.requiresImprovement()) || !"0".equals(g.inadequate()))
                .limit(3).forEach(g -> rows.add(Row.bullet(g.domain() + ": some children's experience required "
                        + "improvement or was inadequate.")));
        rows.add(Row.heading(BRIEFING_HEADINGS.get(5)));
        List<String> todo = r.findings().stream().map(BoardReport.FindingRow::suggestedAction)
                .filter(a -> a != null && !a.isBlank()).distinct().limit(4).toList();
        if (todo.isEmpty()) {
            rows.add(Row.bullet("Keep doing what works: share information early and record the child's voice."));
        }
        todo.forEach(a -> rows.add(Row.bullet(a)));
        rows.add(Row.heading(BRIEFING_HEADINGS.get(6)));
        rows.add(Row.bullet("Would I recognise " + r.theme().toLowerCase() + " in a child I work with, and who would I "
                + "tell?"));
        rows.add(Row.bullet("When did I last share information with another agency, and did I record why?"));
        rows.add(Row.bullet("What is daily life like for the child, in the child's own words?"));
        return rows;
    }
}
