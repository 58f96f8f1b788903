/**
 * The calendar's storage: versions of the bank-holiday table and their dates, the council's timescale settings, the
 * cache of built {@link org.caseaudit.calendar.WorkingDayCalendar}s ({@code CalendarStore}), the GOV.UK file reader
 * and the seeder of version 1. Used only by the {@code calendar} services; depends on {@code shared}.
 *
 * <p>Decisions: a version is written whole and never changed, so each is built once and kept; version 1 is seeded by
 * application code from the bundled GOV.UK file, before any runner or request (the module's page); the timescale
 * settings are per council ({@code docs/decisions/0012}), the holiday table is the installation's.
 */
package org.caseaudit.calendar.internal;
