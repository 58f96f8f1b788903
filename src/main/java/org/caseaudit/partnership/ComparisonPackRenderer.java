package org.caseaudit.partnership;

/**
 * Renders a comparison as the partnership's pack (a tagged PDF and its accessible HTML twin). Implemented by the
 * reports module, which owns the PDF templates; partnership only calls it (reports depends on partnership, never the
 * other way round). It receives the {@link Comparison} as printed, after disclosure control, so it can show nothing
 * more than the page does.
 */
public interface ComparisonPackRenderer {

    /** {@code partnership}: the partnership's name; {@code produced}: "Produced dd/MM/yyyy HH:mm by ...". */
    byte[] pdf(String partnership, Comparison comparison, String produced);

    byte[] html(String partnership, Comparison comparison, String produced);
}
