/**
 * The audit pages: the workspace (case facts beside the checklist, autosave, submit), moderation side by side, the
 * cycle's results and agreement statistics, My audits, feedback to team managers and their replies, collaborative
 * audits, the family's feedback form (no sign-in) and the data-retention settings. One rule for every page about one
 * audit opened from {@code ?id=} ({@code AuditPage}). Calls the {@code audit} services; never an entity.
 *
 * <p>Decisions: every change to an answer is saved at once, one question at a time, with optimistic locking per
 * answer; a clash is shown beside the question with the other person's answer and the user's unsaved text kept
 * ({@code QuestionEditor}, {@code docs/decisions/0003}); collaborative audits and family feedback are pages of this
 * module ({@code docs/decisions/0017}); retention periods as in {@code docs/decisions/0010}.
 */
package org.caseaudit.audit.ui;
