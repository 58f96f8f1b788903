/**
 * The findings pages: a cycle's findings (compliance per question with n, per cent, 95% interval and the small-sample
 * mark; themes; strengths), the compliance dashboard over the last twelve cycles, grading honesty, the action plan in
 * the committee's form, My actions and the delivery groups. Calls the {@code findings} services, and reads cycles and
 * grades through the {@code sampling} and {@code audit} services.
 *
 * <p>Decisions: a panel viewer's figures pass the same small-count rule as the anonymised reports
 * ({@code SmallCounts}); charts are {@code shared.ui.Chart} with the same figures in a table for screen readers
 * ({@code docs/decisions/0006}); calibration is shown to the auditor and the audit lead only
 * ({@code docs/decisions/0018}).
 */
package org.caseaudit.findings.ui;
