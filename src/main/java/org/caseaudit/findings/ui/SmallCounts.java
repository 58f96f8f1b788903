package org.caseaudit.findings.ui;

import java.util.Locale;

/**
 * What a panel viewer sees of a compliance figure: counts from 1 to 5 are shown as {@value #SUPPRESSED}, as in DfE
 * statistics (0 and more than 5 are shown), and the percentage and its interval are not shown when the count of
 * compliant files or the count of audited files is suppressed. The same rule as the anonymised PDF reports
 * ({@code reports.Anonymiser}), so the dashboard and the committee pack never disclose different figures.
 * Other roles see every figure.
 *
 * <p>The number of non-compliant files (audited minus compliant) is not suppressed separately: like the reports, the
 * dashboard shows audited and compliant counts only when both are 0 or more than 5.
 */
final class SmallCounts {

    static final String SUPPRESSED = "c";
    static final int SMALLEST_SHOWN = 6;

    private SmallCounts() {
    }

    static boolean suppressed(int count) {
        return count >= 1 && count < SMALLEST_SHOWN;
    }

    /** A figure as shown: counts, percentage and 95% interval as text; {@code suppressed} when the percentage is. */
    record Shown(String compliant, String audited, String percent, String interval, boolean suppressed) {
    }

    /**
     * @param percent  compliant / audited x 100 (NaN when nothing was audited)
     * @param low      lower end of the 95% interval, per cent (NaN when none)
     * @param high     upper end, per cent
     * @param suppress whether the viewer sees suppressed figures (panel viewers)
     */
    static Shown show(int compliant, int audited, double percent, double low, double high, boolean suppress) {
        if (audited == 0) {
            return new Shown("0", "0", "no files audited", "", false);
        }
        boolean hideCompliant = suppress && suppressed(compliant);
        boolean hideAudited = suppress && suppressed(audited);
        if (hideCompliant || hideAudited) {
            return new Shown(hideCompliant ? SUPPRESSED : Integer.toString(compliant),
                    hideAudited ? SUPPRESSED : Integer.toString(audited), SUPPRESSED, SUPPRESSED, true);
        }
        return new Shown(Integer.toString(compliant), Integer.toString(audited), percent(percent),
                Double.isNaN(low) ? "" : percent(low) + " to " + percent(high), false);
    }

    static String percent(double value) {
        return String.format(Locale.UK, "%.0f%%", value);
    }
}
