/**
 * Reminder emails: the daily digest and the immediate messages (a new assignment, an audit shared with a team
 * manager), each user's choice (immediate, digest, none) and the outbox they go through.
 *
 * <p>Public API: {@link org.caseaudit.reminders.ReminderService} (each user's choice, the outbox for
 * administrators). The modules it serves do not call it: it listens, after their commit, to their events
 * ({@code WorkAssigned}, {@code AuditShared}; {@code ReminderEvents}).
 *
 * <p>Decisions:
 * <ul>
 * <li>No case details in any email: a message holds counts and one link, never a case reference, name or team
 * (checked by {@code ReminderMailTest} against every value of the register).</li>
 * <li>Every message goes through the {@code mail_outbox} table and is sent after the commit; a failure is retried
 * after 1, 2, 4 and 8 minutes, then recorded as {@code MAIL_FAILED} in the audit trail for the administrator.</li>
 * <li>Without an SMTP host the messages are written to the log (recipient and subject), so the embedded default
 * starts without a mail server.</li>
 * <li>"Due soon" counts working days from the calendar module, with bank holidays.</li>
 * </ul>
 */
package org.caseaudit.reminders;
