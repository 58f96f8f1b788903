/**
 * A safeguarding partnership's view across its councils: aggregate figures only, compared on a funnel plot.
 *
 * <p>Public API: {@link org.caseaudit.partnership.PartnershipService} (the partnership's councils, measures and one
 * comparison) and its records ({@link org.caseaudit.partnership.Comparison}, {@link
 * org.caseaudit.partnership.FunnelPlot}); the comparison workbook. Reads go through {@code shared.council.CouncilScope}
 * one council at a time.
 *
 * <p>Decisions, stated once (the reasons in {@code docs/decisions/0014}):
 * <ul>
 * <li>Partnership roles ({@code PARTNERSHIP_LEAD}, {@code PARTNERSHIP_PANEL}) see figures of the councils of their
 * partnership, never a case or a case-level row; every figure passes {@code findings.DisclosureControl}.</li>
 * <li>A comparison is of one measure of one template version over one period, so councils answer the same question.
 * Councils are listed by name, never ranked: a funnel plot ({@link org.caseaudit.partnership.FunnelPlot}) shows
 * which differ from the partnership by more than chance at their own n.</li>
 * </ul>
 */
package org.caseaudit.partnership;
