package org.caseaudit.audit;

import java.util.List;

/**
 * Every answer of a cycle's audits, one row per audit x question in audit and template order, with the moderation
 * beside it: what the results workbook prints. Identifying as it stands (case references, usernames, free text): the
 * reports module pseudonymises it for anonymised outputs.
 */
public record CycleResults(long cycleId, List<Row> rows) {

    public CycleResults {
        rows = List.copyOf(rows);
    }

    /** How an answer came about. */
    public enum Source {
        ENTERED("Entered"), DERIVED("Proposed and confirmed"), OVERRIDDEN("Proposal overridden"),
        UNANSWERED("Not answered");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One answer. {@code number} is the question's printed number ("2.3"); {@code moderated} says whether a moderation
     * of this audit was submitted; {@code agreedAnswer} is the final answer after moderation (the auditor's when they
     * agreed), null when not moderated.
     */
    public record Row(long auditId, long caseId, String caseReference, String auditor, AuditStatus status,
                      String questionId, String number, String section, String question, boolean keyMeasure,
                      String answer, Source source, String proposedAnswer, String overrideReason, String evidenceNote,
                      boolean moderated, String moderatorAnswer, String agreedAnswer, String agreedReason) {
    }
}
