/**
 * The case register's pages: the register with its filters, a lazily loaded grid, one case's facts and a formula-safe
 * export; the deadline monitor; and the import page (upload, mapping profile, preview, all-or-nothing commit in the
 * background with progress and cancel). Calls the {@code cases} services and the calendar's working-day settings;
 * never a repository or an entity ({@code ModularityTest}).
 *
 * <p>Decisions: an upload over the limit is refused while it streams ({@code shared.ui.LimitedUpload}); the status
 * filter and the monitor read the stored timescale statuses ({@code docs/decisions/0015},
 * {@code docs/decisions/0023}).
 */
package org.caseaudit.cases.ui;
