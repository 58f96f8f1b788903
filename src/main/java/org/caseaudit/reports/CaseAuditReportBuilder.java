package org.caseaudit.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.Comparison;
import org.caseaudit.audit.AuditFeedback;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.reports.CaseAuditReport.AnswerRow;
import org.caseaudit.reports.CommitteePack.Line;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.springframework.stereotype.Component;

/**
 * Builds the report of one audit for feedback to the team, with the caller's own access: the audit service decides
 * who may open the audit (its auditor, the audit lead) and records the opening of the case facts. The audit trail has
 * no replies to audits yet, so the report has none.
 */
@Component
class CaseAuditReportBuilder {

    private final AuditService audits;
    private final ModerationService moderation;
    private final ReportPrivileges privileges;
    private final Clock clock;

    private final FeedbackService feedback;

    CaseAuditReportBuilder(AuditService audits, ModerationService moderation, FeedbackService feedback,
            ReportPrivileges privileges, Clock clock) {
        this.feedback = feedback;
        this.audits = audits;
        this.moderation = moderation;
        this.privileges = privileges;
        this.clock = clock;
    }

    CaseAuditReport build(long auditId, String marking) {
        AuditDetails details = audits.open(auditId);
        AuditSummary summary = details.summary();
        Comparison comparison = comparison(summary);
        Map<String, Comparison.Row> moderated = new HashMap<>();
        if (comparison != null) {
            comparison.rows().forEach(r -> moderated.put(r.questionId(), r));
        }
        String cycleName = privileges.readAsAuditLead(() -> audits.cycleName(summary.cycleId()));

        List<Line> header = new ArrayList<>();
        header.add(new Line("Audit cycle", cycleName));
        header.add(new Line("Checklist", summary.templateTitle() + " (" + summary.templateId() + ", version "
                + summary.templateVersion() + ")"));
        header.add(new Line(summary.kind() == AuditKind.MODERATION ? "Moderator" : "Auditor", summary.auditor()));
        header.add(new Line("Status", summary.status() == AuditStatus.NOT_STARTED
                ? "Not started by " + summary.auditor() + " yet" + (summary.dueDate() == null ? ""
                        : "; due " + Formats.date(summary.dueDate())) + ". No answer is given: the proposals from the"
                        + " case record are shown"
                : summary.status().label() + (summary.submittedAt() == null ? ""
                        : "; submitted " + Formats.dateTime(summary.submittedAt()))));
        if (details.reopenReason() != null) {
            header.add(new Line("Reopened", "by " + details.reopenedBy() + ": " + details.reopenReason()));
        }

        List<Line> facts = details.caseFacts().facts().stream()
                .filter(fact -> fact.value() != null && !fact.value().isBlank())
                .map(fact -> new Line(fact.label(), fact.value())).toList();
        List<Line> timescales = details.caseFacts().timescales().stream()
                .filter(t -> t.status() != MeasureStatus.NOT_APPLICABLE)
                .map(CaseAuditReportBuilder::timescale).toList();

        Map<String, AnswerState> answers = details.answersByQuestion();
        List<AnswerRow> rows = new ArrayList<>();
        int s = 0;
        for (SectionDefinition section : details.template().sections()) {
            s++;
            int q = 0;
            for (QuestionDefinition question : section.questions()) {
                q++;
                AnswerState a = answers.get(question.id());
                rows.add(new AnswerRow(s + ". " + section.title(), s + "." + q, question.text(),
                        a == null ? null : a.value(), a == null ? null : mark(a),
                        a == null ? null : note(a), moderationNote(moderated.get(question.id()))));
            }
        }

        List<Line> judgement = new ArrayList<>();
        judgement.add(new Line("Overall grade", details.grade() == null ? "Not given" : details.grade()));
        if (details.gradeRationale() != null && !details.gradeRationale().isBlank()) {
            judgement.add(new Line("Rationale", details.gradeRationale()));
        }
        if (details.strengths() != null && !details.strengths().isBlank()) {
            judgement.add(new Line("Strengths", details.strengths()));
        }
        Comparison.Row grade = moderated.get(Comparison.OVERALL_GRADE);
        if (grade != null && !grade.agrees()) {
            judgement.add(new Line("Grade after moderation", moderationNote(grade)));
        }
        return new CaseAuditReport("Case audit " + summary.caseReference(), cycleName + " \u00b7 "
                + summary.kind().label() + " " + summary.id(), marking, header, facts, timescales, rows, judgement,
                withFeedback(moderationLines(summary, comparison), feedback.conversation(summary.id())),
                "Produced " + Formats.dateTime(clock.instant()));
    }

    /** The moderation lines followed by who the audit was shared with for feedback and the team's replies. */
    private static List<Line> withFeedback(List<Line> moderation, AuditFeedback.Conversation conversation) {
        List<Line> lines = new ArrayList<>(moderation);
        for (AuditFeedback.Share s : conversation.shares()) {
            lines.add(new Line("Shared for feedback", "With " + s.teamManager() + " by " + s.sharedBy() + " on "
                    + Formats.dateTime(s.sharedAt()) + (s.message() == null ? "" : ": " + s.message())));
        }
        for (AuditFeedback.Reply r : conversation.replies()) {
            lines.add(new Line("Reply from " + r.author(), Formats.dateTime(r.writtenAt()) + ": " + r.text()));
        }
        return lines;
    }

    private Comparison comparison(AuditSummary summary) {
        // the outcome is shown once moderation is complete (to the auditor as in the workspace); asking earlier
        // would be refused inside the moderation service's transaction and roll the report's back
        if (summary.kind() != AuditKind.AUDIT || summary.status() != AuditStatus.MODERATED
                && summary.status() != AuditStatus.CLOSED) {
            return null;
        }
        return moderation.comparison(summary.id());
    }

    private static List<Line> moderationLines(AuditSummary summary, Comparison comparison) {
        if (summary.kind() == AuditKind.MODERATION) {
            return List.of(new Line("Moderation", "This is a moderator's second audit of the case."));
        }
        if (comparison == null) {
            return List.of(new Line("Moderation outcome", summary.status() == AuditStatus.MODERATED
                    ? "Moderated; the comparison is not open to you" : "Not moderated (not chosen for moderation, or "
                    + "the moderation is not complete yet)"));
        }
        long differences = comparison.disagreements();
        long settled = comparison.rows().stream().filter(r -> !r.agrees() && r.settled()).count();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Moderation outcome", comparison.moderationStatus().label() + " by " + comparison.moderator()
                + ": " + (differences == 0 ? "the moderator gave the same answers"
                : differences + " answer(s) differed, " + settled + " agreed afterwards with a reason")));
        return lines;
    }

    private static String moderationNote(Comparison.Row row) {
        if (row == null || row.agrees()) {
            return null;
        }
        String text = "Moderation: moderator answered " + value(row.moderatorValue()) + ", auditor "
                + value(row.auditorValue());
        if (row.agreedReason() != null) {
            text += "; agreed " + value(row.agreedValue()) + " (" + row.agreedReason() + ")";
        } else {
            text += "; not agreed yet";
        }
        return text;
    }

    private static String value(String v) {
        return v == null ? "no answer" : "\u201c" + v + "\u201d";
    }

    private static String mark(AnswerState a) {
        if (a.overridesDerived()) {
            return "Overridden: the case record proposed \u201c" + a.derivedValue() + "\u201d"
                    + (a.overrideReason() == null ? "" : "; reason: " + a.overrideReason());
        }
        if (a.confirmsDerived()) {
            return "Proposed from the case record and confirmed (" + a.derivedProvenance() + ")";
        }
        if (!a.answered() && a.derivedValue() != null) {
            return "Not answered yet; the case record proposes \u201c" + a.derivedValue() + "\u201d ("
                    + a.derivedProvenance() + ")";
        }
        if (a.derivation() != null && a.derivedValue() == null && a.derivedProvenance() != null) {
            return "No proposal from the case record: " + a.derivedProvenance();
        }
        return null;
    }

    private static String note(AnswerState a) {
        String note = a.evidenceNote() == null || a.evidenceNote().isBlank() ? null : a.evidenceNote().strip();
        if (a.fileReference() != null && !a.fileReference().isBlank()) {
            note = (note == null ? "" : note + " ") + "(file reference " + a.fileReference().strip() + ")";
        }
        return note;
    }

    private static Line timescale(MeasureResult t) {
        StringBuilder text = new StringBuilder(t.status().label());
        if (t.dueDate() != null) {
            text.append("; due ").append(Formats.date(t.dueDate()));
        }
        if (t.eventDate() != null) {
            text.append("; held ").append(Formats.date(t.eventDate()));
        }
        if (t.workingDaysLate() != null && t.workingDaysLate() > 0) {
            text.append("; ").append(t.workingDaysLate()).append(" working day(s) late");
        }
        return new Line(t.measure().label(), text.toString());
    }
}
