/**
 * The partnership's cross-council comparison page: one measure of one template version over a period, each council's
 * n, per cent and 95% interval after disclosure control, and a funnel plot around the partnership's per cent; councils
 * in name order, never ranked. Calls {@link org.caseaudit.partnership.PartnershipService} only.
 *
 * <p>Decisions: partnership roles see aggregate figures only ({@code docs/decisions/0014}); the funnel plot reuses the
 * {@code <ca-chart>} component, so no new frontend bundle is needed ({@code docs/decisions/0006}); the pack is
 * rendered by reports ({@code docs/decisions/0024}).
 */
package org.caseaudit.partnership.ui;
