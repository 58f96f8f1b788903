package org.caseaudit.shared;

/**
 * One CSV cell, quoted when needed and formula-safe: CSV has no cell types, so text that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    public static boolean startsLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
