package org.caseaudit.reports;

import java.io.OutputStream;
import java.util.List;
import org.caseaudit.multiagency.Recommendation;
import org.caseaudit.multiagency.ReturnsWorkbook;
import org.caseaudit.reports.WorkbookWriter.Column;
import org.caseaudit.reports.WorkbookWriter.Kind;
import org.caseaudit.shared.ui.Formats;

/**
 * The lead's workbook of a multi-agency audit: Returns (one row per question of every return), Panel conclusions,
 * Concerns, Recommendations and About. Every text goes through {@link WorkbookWriter} (string cells, formula-like text
 * quote-prefixed), so a return's answer can never run as a formula.
 */
final class MultiAgencyWorkbook {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private static final List<Column> RETURNS = List.of(new Column("Child", 10, Kind.TEXT),
            new Column("Child reference", 16, Kind.TEXT), new Column("Agency", 30, Kind.TEXT),
            new Column("Status", 12, Kind.TEXT), new Column("Submitted", 17, Kind.TEXT),
            new Column("Section", 24, Kind.TEXT), new Column("Question", 50, Kind.WRAPPED),
            new Column("Answer", 40, Kind.WRAPPED), new Column("Evidence note", 40, Kind.WRAPPED));
    private static final List<Column> CONCLUSIONS = List.of(new Column("Child", 10, Kind.TEXT),
            new Column("Child reference", 16, Kind.TEXT), new Column("Domain", 26, Kind.TEXT),
            new Column("Grade", 30, Kind.TEXT), new Column("Rationale", 70, Kind.WRAPPED));
    private static final List<Column> CONCERNS = List.of(new Column("Child", 10, Kind.TEXT),
            new Column("Child reference", 16, Kind.TEXT), new Column("Agency", 30, Kind.TEXT),
            new Column("Concern", 60, Kind.WRAPPED), new Column("Due", 12, Kind.DATE),
            new Column("Agency's response", 50, Kind.WRAPPED));
    private static final List<Column> RECOMMENDATIONS = List.of(new Column("Recommendation", 70, Kind.WRAPPED),
            new Column("Owner", 40, Kind.TEXT), new Column("Due", 12, Kind.DATE),
            new Column("Action in the plan", 12, Kind.INTEGER));

    private MultiAgencyWorkbook() {
    }

    static void write(ReturnsWorkbook data, String generatedBy, String generatedAt, OutputStream out) {
        String title = "Multi-agency case audit: " + data.theme();
        try (WorkbookWriter writer = new WorkbookWriter(title, MARKING)) {
            WorkbookWriter.Sheet returns = writer.sheet("Returns").table(RETURNS);
            for (ReturnsWorkbook.AnswerLine a : data.answers()) {
                returns.row().text(a.child()).text(a.childReference()).text(a.agency()).text(a.status())
                        .text(a.submittedAt() == null ? null : Formats.dateTime(a.submittedAt())).text(a.section())
                        .text(a.question()).text(a.answer()).text(a.note());
            }
            returns.autoFilter();
            WorkbookWriter.Sheet conclusions = writer.sheet("Panel conclusions").table(CONCLUSIONS);
            data.conclusions().forEach(c -> conclusions.row().text(c.child()).text(c.childReference())
                    .text(c.domain()).text(c.grade()).text(c.rationale()));
            conclusions.autoFilter();
            WorkbookWriter.Sheet concerns = writer.sheet("Concerns").table(CONCERNS);
            data.concerns().forEach(c -> concerns.row().text(c.child()).text(c.childReference()).text(c.agency())
                    .text(c.concern()).date(c.due()).text(c.response()));
            WorkbookWriter.Sheet recommendations = writer.sheet("Recommendations").table(RECOMMENDATIONS);
            for (Recommendation r : data.recommendations()) {
                recommendations.row().text(r.text()).text(r.owner()).date(r.dueDate()).integer(r.actionId());
            }
            WorkbookWriter.Sheet about = writer.sheet("About").widths(110);
            about.title(title);
            about.title(MARKING);
            about.row().text("Stage: " + data.stage() + ". Cohort: " + data.cohort() + ".");
            about.row().text("Produced " + generatedAt + " by " + generatedBy + " for the audit lead. It holds the "
                    + "children's references and every agency's answers: keep it within the partnership's "
                    + "information-sharing agreement and do not publish it. The board report and the 7-minute "
                    + "briefing are the versions without identifiers.");
            writer.write(out);
        }
    }
}
