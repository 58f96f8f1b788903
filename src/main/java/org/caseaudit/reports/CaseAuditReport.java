package org.caseaudit.reports;

import java.util.List;

/** One audit as fed back to the team: built by {@link CaseAuditReportBuilder}, rendered by case-audit-report.jrxml. */
public record CaseAuditReport(String title, String subtitle, String marking, List<CommitteePack.Line> header,
                              List<CommitteePack.Line> facts, List<CommitteePack.Line> timescales,
                              List<AnswerRow> answers, List<CommitteePack.Line> judgement,
                              List<CommitteePack.Line> moderation, String generated) {

    public CaseAuditReport {
        header = List.copyOf(header);
        facts = List.copyOf(facts);
        timescales = List.copyOf(timescales);
        answers = List.copyOf(answers);
        judgement = List.copyOf(judgement);
        moderation = List.copyOf(moderation);
    }

    /**
     * One question's answer. {@code mark} says how the answer relates to the proposal from the case record
     * ("Proposed from the case record and confirmed", "Overridden: proposed No; reason ..."); null without one.
     */
    public record AnswerRow(String section, String number, String question, String answer, String mark, String note,
                            String moderation) {
    }
}
