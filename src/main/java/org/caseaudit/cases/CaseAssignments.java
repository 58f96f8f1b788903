package org.caseaudit.cases;

/**
 * Whether a case is assigned to a user (as auditor or moderator): auditors and moderators open the facts of those
 * cases only. The audit module implements it (cases must not depend on audit).
 */
public interface CaseAssignments {

    boolean isAssigned(String username, long caseId);
}
