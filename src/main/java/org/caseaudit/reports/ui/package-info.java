/**
 * The report pages: a cycle's reports built in the background with progress by polling, then downloaded (the app has
 * no server push), the scheduled committee pack and its kept files; the multi-agency board report and briefing; blank
 * printable checklists. Calls the {@code reports} services, and the other modules' services to list cycles and
 * templates.
 *
 * <p>Decisions: panel viewers and independent members are offered only anonymised versions, and the service refuses
 * anything else (the module's page); the self-evaluation pack is one record in two renderings
 * ({@code docs/decisions/0018}).
 */
package org.caseaudit.reports.ui;
