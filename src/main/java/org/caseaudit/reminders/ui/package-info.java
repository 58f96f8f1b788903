/**
 * The reminders page: each user chooses how reminders reach them (immediate, digest, none); administrators also make
 * overdue reminders compulsory and see the messages that could not be sent. Calls only
 * {@link org.caseaudit.reminders.ReminderService}; access is checked again by that service. The decisions are the
 * module's ({@code org.caseaudit.reminders}).
 */
package org.caseaudit.reminders.ui;
