package org.caseaudit.findings;

import java.util.List;
import org.caseaudit.audit.CycleProgress;

/**
 * Whether an action's change took hold: compliance with the questions behind the finding in the cycle the action came
 * from ({@code before}) and in its re-audit ({@code after}, once re-audits are submitted), question by question.
 */
public record ReAuditResult(long actionId, long reauditCycleId, String reauditCycleName, CycleProgress progress,
        List<Row> rows) {

    public ReAuditResult {
        rows = List.copyOf(rows);
    }

    /** One re-checked question: before may be null (no source cycle), after has audited 0 until audits are in. */
    public record Row(String questionId, String question, QuestionCompliance before, QuestionCompliance after) {
    }
}
