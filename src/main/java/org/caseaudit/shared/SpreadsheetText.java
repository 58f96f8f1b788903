package org.caseaudit.shared;

/**
 * Exported text must never run as a formula in a spreadsheet (CSV injection). Text that a spreadsheet would
 * evaluate (starting with = + - @, tab or carriage return) is recognised here; in CSV, which has no cell types, it is
 * neutralised with a leading apostrophe, which Excel shows as plain text. In xlsx, write it as a string cell with
 * {@code setQuotePrefixed(true)} instead.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static boolean startsLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The value as a CSV cell may safely hold it (quoting is the CSV writer's job). */
    public static String forCsv(String value) {
        return startsLikeFormula(value) ? "'" + value : value;
    }
}
