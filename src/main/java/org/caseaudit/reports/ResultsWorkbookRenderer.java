package org.caseaudit.reports;

import java.io.OutputStream;
import java.util.List;
import org.caseaudit.reports.WorkbookWriter.Column;
import org.caseaudit.reports.WorkbookWriter.Kind;

/** Writes a {@link ResultsWorkbook}: About, Answers, Compliance, Sample record and Drawn cases sheets. */
final class ResultsWorkbookRenderer {

    static final String ANSWERS = "Answers";
    static final String COMPLIANCE = "Compliance";
    static final String SAMPLE = "Sample record";
    static final String DRAWN = "Drawn cases";

    static final List<Column> ANSWER_COLUMNS = List.of(
            new Column("Case", 16, Kind.TEXT),
            new Column("No.", 6, Kind.TEXT),
            new Column("Section", 24, Kind.WRAPPED),
            new Column("Question", 50, Kind.WRAPPED),
            new Column("Key measure", 9, Kind.TEXT),
            new Column("Answer", 16, Kind.TEXT),
            new Column("How answered", 22, Kind.TEXT),
            new Column("Proposed from the case record", 16, Kind.TEXT),
            new Column("Override reason", 30, Kind.WRAPPED),
            new Column("Evidence note", 40, Kind.WRAPPED),
            new Column("Auditor", 14, Kind.TEXT),
            new Column("Audit status", 12, Kind.TEXT),
            new Column("Moderated", 10, Kind.TEXT),
            new Column("Moderator's answer", 16, Kind.TEXT),
            new Column("Agreed answer", 16, Kind.TEXT),
            new Column("Reason for the agreed answer", 30, Kind.WRAPPED));

    static final List<Column> COMPLIANCE_COLUMNS = List.of(
            new Column("No.", 6, Kind.TEXT),
            new Column("Question", 60, Kind.WRAPPED),
            new Column("Key measure", 9, Kind.TEXT),
            new Column("Audited (n)", 10, Kind.INTEGER),
            new Column("Compliant", 10, Kind.INTEGER),
            new Column("Partly", 8, Kind.INTEGER),
            new Column("Not compliant", 10, Kind.INTEGER),
            new Column("Not applicable", 11, Kind.INTEGER),
            new Column("% compliant", 11, Kind.PERCENT),
            new Column("95% interval from", 11, Kind.PERCENT),
            new Column("95% interval to", 11, Kind.PERCENT),
            new Column("Note", 30, Kind.WRAPPED));

    static final List<Column> DRAWN_COLUMNS = List.of(
            new Column("Draw order", 8, Kind.INTEGER),
            new Column("Drawn as", 9, Kind.TEXT),
            new Column("Case", 16, Kind.TEXT),
            new Column("Team", 28, Kind.TEXT),
            new Column("Status", 12, Kind.TEXT),
            new Column("Replaces", 16, Kind.TEXT),
            new Column("Reason", 36, Kind.WRAPPED),
            new Column("Changed by", 12, Kind.TEXT),
            new Column("Changed on", 11, Kind.DATE),
            new Column("Auditor", 14, Kind.TEXT),
            new Column("Moderator", 14, Kind.TEXT));

    private ResultsWorkbookRenderer() {
    }

    static void write(ResultsWorkbook data, OutputStream out) {
        try (WorkbookWriter writer = new WorkbookWriter(data.title(), data.marking())) {
            about(writer, data);
            if (!data.anonymised()) {
                answers(writer, data);
            }
            compliance(writer, data);
            sample(writer, data);
            writer.write(out);
        }
    }

    private static void about(WorkbookWriter writer, ResultsWorkbook data) {
        WorkbookWriter.Sheet sheet = writer.sheet("About").widths(110);
        sheet.title(data.title());
        sheet.title(data.marking());
        for (String line : data.about()) {
            sheet.row().text(line);
        }
    }

    private static void answers(WorkbookWriter writer, ResultsWorkbook data) {
        WorkbookWriter.Sheet sheet = writer.sheet(ANSWERS).table(ANSWER_COLUMNS);
        for (ResultsWorkbook.Answer a : data.answers()) {
            sheet.row().text(a.caseLabel()).text(a.number()).text(a.section()).text(a.question())
                    .text(a.keyMeasure() ? "Yes" : "No").text(a.answer()).text(a.source()).text(a.proposedAnswer())
                    .text(a.overrideReason()).text(a.evidenceNote()).text(a.auditor()).text(a.status())
                    .text(a.moderated() ? "Yes" : "No").text(a.moderatorAnswer()).text(a.agreedAnswer())
                    .text(a.agreedReason());
        }
        sheet.autoFilter();
    }

    private static void compliance(WorkbookWriter writer, ResultsWorkbook data) {
        WorkbookWriter.Sheet sheet = writer.sheet(COMPLIANCE).table(COMPLIANCE_COLUMNS);
        for (ResultsWorkbook.Compliance c : data.compliance()) {
            sheet.row().text(c.number()).text(c.question()).text(c.keyMeasure() ? "Yes" : "No");
            count(sheet, c.audited());
            count(sheet, c.compliant());
            count(sheet, c.partly());
            count(sheet, c.nonCompliant());
            count(sheet, c.notApplicable());
            if (c.suppressed()) {
                sheet.text(Anonymiser.SUPPRESSED).text(Anonymiser.SUPPRESSED).text(Anonymiser.SUPPRESSED);
            } else {
                sheet.percent(c.fraction()).percent(c.lower()).percent(c.upper());
            }
            sheet.text(c.suppressed() ? "Small numbers: not shown" : c.smallSample()
                    ? "Small sample: read with care" : null);
        }
        sheet.autoFilter();
    }

    private static void sample(WorkbookWriter writer, ResultsWorkbook data) {
        WorkbookWriter.Sheet sheet = writer.sheet(SAMPLE).widths(34, 90, 12, 10, 10);
        sheet.title("How the sample was drawn");
        for (ResultsWorkbook.Fact f : data.sampleFacts()) {
            if (f.number() != null) {
                sheet.pair(f.label(), f.number());
            } else {
                sheet.pair(f.label(), f.text());
            }
        }
        if (!data.allocation().isEmpty()) {
            sheet.blankLine().title("Allocation by team");
            sheet.headings("Team", "Population", "Exact quota", "Sample", "Reserves");
            for (ResultsWorkbook.Allocation a : data.allocation()) {
                sheet.row().text(a.stratum());
                count(sheet, a.population());
                sheet.text(a.quota());
                count(sheet, a.sample());
                count(sheet, a.reserves());
            }
        }
        if (data.anonymised()) {
            return;
        }
        sheet.blankLine().row().text("Every drawn case, sample and reserves, in draw order: sheet " + DRAWN + ".");
        WorkbookWriter.Sheet list = writer.sheet(DRAWN).table(DRAWN_COLUMNS);
        for (ResultsWorkbook.Drawn d : data.drawn()) {
            list.row().integer(d.drawOrder()).text(d.kind()).text(d.caseLabel()).text(d.team()).text(d.status())
                    .text(d.replaces()).text(d.reason()).text(d.changedBy()).date(d.changedOn()).text(d.auditor())
                    .text(d.moderator());
        }
        list.autoFilter();
    }

    private static void count(WorkbookWriter.Sheet sheet, ResultsWorkbook.Count count) {
        if (count.suppressed()) {
            sheet.text(Anonymiser.SUPPRESSED);
        } else {
            sheet.integer(count.value());
        }
    }
}
