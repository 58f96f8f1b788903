/**
 * Case audits: the audit workspace's answers, derived answers (rules over case facts), grades, submission and
 * reopening, moderation and its agreement statistics, feedback to team managers; practice beyond compliance
 * (collaborative audits with the practitioner, domain grades, family feedback, grading honesty); and the retention
 * of case data once its audits are old.
 *
 * <p>Public API: {@link org.caseaudit.audit.AuditService}, {@link org.caseaudit.audit.ModerationService},
 * {@link org.caseaudit.audit.FinalAnswerService} (what findings count), {@link org.caseaudit.audit.FeedbackService},
 * {@link org.caseaudit.audit.CollaborativeAuditService}, {@link org.caseaudit.audit.FamilyFeedbackService},
 * {@link org.caseaudit.audit.DomainGrades}, {@link org.caseaudit.audit.GradingService},
 * {@link org.caseaudit.audit.CaseDataRetentionService} and the records they return. Entities, the JDBC answer store
 * and the demo data are in {@code internal}.
 *
 * <p>Decisions:
 * <ul>
 * <li>Answer history is kept by MariaDB itself: {@code audit_answer} is system-versioned (V15,
 * {@code docs/decisions/0002}); answer saves are therefore not also written to the audit trail. Versions saved
 * before V15 are read from {@code audit_answer_history}; Hibernate Envers is gone (V32_1).</li>
 * <li>An answer save is plain JDBC, one read and one UPDATE joined to its audit ({@code docs/decisions/0003});
 * optimistic locking is per answer; a deadlock victim is retried ({@code docs/decisions/0007}).</li>
 * <li>An audit starts at its auditor's first saved answer or grade; opening it writes only the audit-trail entry for
 * the case facts.</li>
 * <li>An audit guards its own transitions ({@code CaseAuditEntity}); the service checks who may do them.</li>
 * <li>Collaborative audits, domain grades (template data, answered as questions) and family feedback live here, not
 * in a module of their own ({@code docs/decisions/0017}); grading honesty compares with the moderation outcome
 * ({@code docs/decisions/0018}).</li>
 * <li>Case data is deleted or anonymised after a retention period; answers keep their values, not their history
 * ({@code docs/decisions/0010}).</li>
 * </ul>
 */
package org.caseaudit.audit;
