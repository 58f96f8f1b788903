/**
 * Reports: the committee pack, case audit report and action-plan progress (PDF), the results and action-plan
 * workbooks (Excel), the dashboard, and scheduled committee packs kept for a retention period.
 *
 * <p>Decisions:
 * <ul>
 * <li>Data first, rendering second: report data are plain records built from the other modules' public APIs
 * (read-only), rendered separately (JasperReports from {@code reports/*.jrxml}, Apache POI SXSSF for workbooks). No
 * module uses this one.</li>
 * <li>Anonymised versions pseudonymise case references per cycle (HMAC), name no person, leave out free text and
 * pass every small count through {@code findings.DisclosureControl}; panel viewers and independent members get only
 * those, refused by the services, not just the screen.</li>
 * <li>Every generation, refusal and download is in the audit trail.</li>
 * <li>Every text cell is a string through {@code shared.SpreadsheetText}; no cell is ever a formula.</li>
 * <li>Charts in the browser are the {@code <ca-chart>} web component over Apache ECharts
 * ({@code docs/decisions/0006}); in PDFs, JFreeChart.</li>
 * <li>The self-evaluation pack is one record rendered twice, PDF and workbook ({@code docs/decisions/0018}).</li>
 * </ul>
 */
package org.caseaudit.reports;
