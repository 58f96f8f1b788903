package org.caseaudit.audit;

/**
 * Counts of one cycle's audits (kind AUDIT) in collaborative mode, for reports and the self-evaluation pack: no names,
 * no case references. {@code agreed} and {@code disagreed} count agreements about the audit's current grade.
 */
public record CollaborationSummary(long cycleId, int audits, int collaborative, int practitionerPresent,
                                   int withReflection, int agreed, int disagreed) {
}
