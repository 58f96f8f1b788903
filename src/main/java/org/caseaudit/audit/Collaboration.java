package org.caseaudit.audit;

import java.util.Objects;

/**
 * The collaborative side of one audit, as its auditor and the audit lead see it: whether the audit is done with the
 * practitioner (the cycle's setting, or the audit's own {@code override}), who was present, the practitioner's own
 * reflection beside the auditor's grade, their agreement with the grade (or disagreement and why) and the feedback to
 * them. Names are for this audit only: aggregates ({@link CollaborationSummary}) never carry them. {@code agreedGrade}
 * is the overall grade the agreement was about; {@code currentGrade} the audit's grade now.
 */
public record Collaboration(
        long auditId,
        long cycleId,
        boolean cycleCollaborative,
        Boolean override,
        String practitionerName,
        String practitionerRole,
        String managerName,
        String managerRole,
        String wentWell,
        String doDifferently,
        GradeAgreement agreement,
        String agreedGrade,
        String disagreementReason,
        String feedbackToPractitioner,
        String currentGrade,
        AuditStatus status,
        long version) {

    /** Collaborative when the audit says so, or, without an override, when its cycle does. */
    public boolean collaborative() {
        return override != null ? override : cycleCollaborative;
    }

    public boolean practitionerPresent() {
        return practitionerName != null;
    }

    public boolean hasReflection() {
        return wentWell != null || doDifferently != null;
    }

    /** An agreement recorded about the grade the audit has now (a later change of grade makes it stale). */
    public boolean agreementCurrent() {
        return agreement != null && Objects.equals(agreedGrade, currentGrade);
    }
}
