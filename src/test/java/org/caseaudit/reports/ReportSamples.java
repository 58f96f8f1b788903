package org.caseaudit.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.caseaudit.reports.CommitteePack.ActionRow;
import org.caseaudit.reports.CommitteePack.ComplianceRow;
import org.caseaudit.reports.CommitteePack.Line;
import org.caseaudit.reports.CommitteePack.Paragraph;
import org.caseaudit.reports.CommitteePack.ThemeRow;
import org.caseaudit.reports.CommitteePack.TrendRow;

/** Report data made up for rendering tests and benchmarks (no database). */
final class ReportSamples {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private ReportSamples() {
    }

    static CommitteePack pack(boolean anonymised, int cycles, int questions) {
        Random random = new Random(7);
        List<ComplianceRow> compliance = new ArrayList<>();
        for (int i = 1; i <= questions; i++) {
            int audited = i % 7 == 0 ? 4 : 20 + random.nextInt(30);
            int compliant = Math.min(audited, (int) Math.round(audited * (0.45 + random.nextDouble() * 0.55)));
            boolean hidden = anonymised && Anonymiser.suppressed(compliant, audited);
            double p = 100.0 * compliant / audited;
            compliance.add(new ComplianceRow("Section " + (1 + (i - 1) / 5) + ". Practice area " + (1 + (i - 1) / 5),
                    (1 + (i - 1) / 5) + "." + (1 + (i - 1) % 5),
                    "Was the required step recorded on the file within the "
                    + "timescale, question " + i + "?", i % 3 == 1, anonymised ? Anonymiser.count(audited)
                    : String.valueOf(audited), anonymised ? Anonymiser.count(compliant) : String.valueOf(compliant),
                    hidden ? "c" : String.format(Locale.UK, "%.0f%%", p), hidden ? "c" : "40%–80%",
                    audited < 10 ? "Small sample: fewer than 10 files" : null, hidden ? null : p,
                    hidden ? null : Math.max(0, p - 12), hidden ? null : Math.min(100, p + 10)));
        }
        List<TrendRow> trend = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            for (int c = 1; c <= cycles; c++) {
                double p = 55 + 3 * c + random.nextInt(10) - m * 4;
                trend.add(new TrendRow(m + ".1", "Key measure " + m + ": visits within timescale", "Cycle " + c
                        + " (Q" + ((c - 1) % 4 + 1) + ")", "01/04/2026 to 30/06/2026", "24",
                        String.format(Locale.UK, "%.0f%%", p), "50%–80%", p, false));
            }
        }
        List<ActionRow> actions = new ArrayList<>();
        String[] rag = {"Red", "Amber", "Green"};
        for (int i = 0; i < 8; i++) {
            actions.add(new ActionRow("Chronologies not up to date in " + (6 + i) + " files",
                    anonymised ? Anonymiser.TEXT_OMITTED : "Team managers check chronologies in supervision",
                    anonymised ? "Service manager" : "A. Manager", "30/0" + (1 + i % 9) + "/2027",
                    i % 3 == 0 ? "Overdue" : "In progress", rag[i % 3]));
        }
        return new CommitteePack(
                new CommitteePack.Cover("Case audit: section 47 enquiries", "Quarterly audit Q2 2026",
                        "01/04/2026 to 30/06/2026", "Section 47 enquiry (s47-enquiry, version 1)", MARKING,
                        anonymised, anonymised ? Anonymiser.STATEMENT : null,
                        "Produced 22/11/2026 01:00 by the Case Audit Workbench"),
                List.of(new Paragraph("40 of 42 audits are complete."),
                        new Paragraph("Overall 78% of audited answers were compliant.")),
                List.of(new Line("Random seed", "1234567890"), new Line("Frame SHA-256",
                        "9f2c0e4b1a7d3c5e8f60a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abcd")),
                List.of(new Line("Compliance answers", "91% agreement; κ 0.62; AC1 0.88 (120 pairs)")),
                compliance, trend,
                List.of(new ThemeRow("Chronology", "findings in 9 of 40 files", "Chronology missing — 6 of 40 files")),
                List.of(new Paragraph("Visits within timescale — compliant in 38 of 40 files")), actions);
    }

    static ActionPlanProgress actionPlan(int rows, boolean anonymised) {
        List<ActionPlanProgress.Row> list = new ArrayList<>();
        String[] groups = {"Overdue", "Open", "Closed in the last 90 days"};
        String[] rag = {"Red", "Amber", "Green"};
        for (int i = 0; i < rows; i++) {
            int g = i < rows / 5 ? 0 : i < rows * 4 / 5 ? 1 : 2;
            list.add(new ActionPlanProgress.Row(groups[g], "Quarterly audit Q" + (1 + i % 4) + " 2026",
                    "Issue " + i + ": strategy discussions not recorded within one working day",
                    anonymised ? Anonymiser.TEXT_OMITTED : "Practice week on strategy discussions; audit of 10 cases",
                    anonymised ? "Service manager" : "Team manager " + (i % 12), "1" + (i % 9) + "/03/2027",
                    g == 2 ? "Closed" : "In progress", g == 0 ? "Red" : rag[1 + i % 2],
                    anonymised ? null : "Progress note " + i, g == 2 ? "Re-audit 8 of 10 compliant" : null));
        }
        return new ActionPlanProgress("Action plan progress", "All open actions and those closed in the last 90 days",
                MARKING, anonymised, anonymised ? Anonymiser.STATEMENT : null,
                List.of(new Line("Open", String.valueOf(rows))), list, "Produced 22/11/2026 01:00");
    }

    static CaseAuditReport caseAudit() {
        List<CaseAuditReport.AnswerRow> answers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            answers.add(new CaseAuditReport.AnswerRow((1 + (i - 1) / 4) + ". Section", (1 + (i - 1) / 4) + "." + i,
                    "Question " + i + " text?", i % 4 == 0 ? "No" : "Yes",
                    i % 3 == 0 ? "Proposed from the case record and confirmed" : null,
                    i % 4 == 0 ? "Evidence missing on file" : null,
                    i == 4 ? "Moderation: moderator answered Yes; agreed Yes (reason: visit found)" : null));
        }
        return new CaseAuditReport("Case audit CR-000123", "Quarterly audit Q2 2026 · s47-enquiry v1", MARKING,
                List.of(new Line("Auditor", "auditor")), List.of(new Line("Team", "North")),
                List.of(new Line("ICPC", "Met")), answers, List.of(new Line("Overall grade", "Good")),
                List.of(new Line("Moderation outcome", "Moderated")), "Produced 22/11/2026");
    }
}
