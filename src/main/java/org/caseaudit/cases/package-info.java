/**
 * The case register: the council's case records as imported from its case-management system, and what is computed
 * from them.
 *
 * <p>Public API: {@link org.caseaudit.cases.CaseImportService} (preview, all-or-nothing commit, background imports,
 * the import API's work), {@link org.caseaudit.cases.CaseRegisterService} (the register's list and one case's
 * {@link org.caseaudit.cases.CaseFacts}, full or minimal for independent members), {@link
 * org.caseaudit.cases.CaseKeyService} (the ids and keys a sampling frame reads), {@link
 * org.caseaudit.cases.DeadlineMonitorService} (statutory timescales due and overdue), {@link
 * org.caseaudit.cases.MappingProfileService} (how a council's export columns and values map onto the register's
 * fields) and {@link org.caseaudit.cases.IntegrationTokenService} (the bearer tokens of scheduled imports).
 *
 * <p>Decisions, so they are stated once:
 * <ul>
 * <li>An import is all or nothing: every problem is named by file, row, column and field, and one problem rejects
 * the whole file; a preview writes nothing. Rejected and cancelled imports are still recorded.</li>
 * <li>A case's statutory timescales are evaluated in one place ({@code CaseTimescales} over the calendar
 * module) and serve the register, the deadline monitor and the audits. The status filter and the monitor read
 * them stored ({@code TimescaleStatusStore}, {@code docs/decisions/0015}), refreshed before any read that would see
 * a stale one.</li>
 * <li>A case is one model ({@link org.caseaudit.cases.CaseData} / {@link org.caseaudit.cases.CaseFacts}) read by every
 * other module, identified by its numeric id end to end ({@code docs/decisions/0021}).</li>
 * <li>Exports written from register text pass through the spreadsheet-text rule, so no cell starts a formula.</li>
 * <li>Every opening of a case's facts and every export is recorded in the audit trail.</li>
 * </ul>
 */
package org.caseaudit.cases;
