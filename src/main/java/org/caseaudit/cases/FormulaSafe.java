package org.caseaudit.cases;

/**
 * Exported text must never run as a formula in a spreadsheet (CSV injection). In CSV there are no cell types, so
 * text starting with = + - @ (or tab/CR) gets a leading apostrophe, which Excel shows as plain text.
 */
public final class FormulaSafe {

    private FormulaSafe() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String csv(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
