package org.caseaudit.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One case to audit, as the sampling module assigns it: the cycle, the case, the template version, who audits it and
 * when it is due. {@code moderator} is null unless the case was chosen for moderation; {@code blindModeration} says
 * whether the moderator sees the auditor's answers only after submitting their own (the cycle's setting).
 */
public record AuditAssignment(
        long cycleId,
        long caseId,
        String caseReference,
        String templateId,
        int templateVersion,
        String auditor,
        String moderator,
        boolean blindModeration,
        LocalDate dueDate) {

    public AuditAssignment {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(auditor, "auditor");
        if (auditor.equals(moderator)) {
            throw new IllegalArgumentException("The moderator of case " + caseReference + " must not be its auditor");
        }
    }
}
