/**
 * The user interface every module's views share: the shell ({@code MainLayout}, {@code AppShell}), the home page
 * built from each module's {@code HomeSection}s, one look for notifications ({@code Notifications}) and for dialog
 * footers ({@code Dialogs}), the layout rules every page follows ({@code Layouts}), UK date formats and date pickers,
 * download links, uploads refused while they stream ({@code LimitedUpload}), the ECharts chart component and the plain
 * error pages. Depends only on {@code shared}.
 *
 * <p>Decisions: no stack trace reaches the browser; a failure shows a reference that the log names too
 * ({@code UiInitialisation}, {@code PlainErrorView}). Charts are the {@code <ca-chart>} web component over Apache
 * ECharts, not Vaadin's commercial Charts ({@code docs/decisions/0006}). Dates are shown dd/MM/yyyy in Europe/London,
 * the zone of the injected clock ({@code docs/decisions/0009}).
 */
package org.caseaudit.shared.ui;
