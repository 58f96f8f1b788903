package org.caseaudit.audit;

/**
 * Published when audits or moderations are assigned: per user, how many of each (counts only, for the assignment
 * reminder; listeners must not look up case details to put in a message).
 */
public record WorkAssigned(String username, int audits, int moderations) {
}
