/**
 * The calendar's pages: the working-day calculator for auditors, the bank-holiday table kept by administrators
 * (versions, a GOV.UK file loaded, a date added, corrected or removed) and the council's statutory timescale rules.
 * Calls the {@code calendar} services only.
 *
 * <p>Decisions: each change to the holiday table makes a new version, always based on the newest one (the module's
 * page); "today" comes from the injected clock ({@code docs/decisions/0009}).
 */
package org.caseaudit.calendar.ui;
