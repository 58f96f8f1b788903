package org.caseaudit.shared;

/**
 * Exported text must never run as a formula in a spreadsheet (CSV injection). Text that a spreadsheet would
 * evaluate (starting with = + - @, tab or carriage return) is recognised here; in CSV, which has no cell types, it is
 * neutralised with a leading apostrophe, which Excel shows as plain text. In xlsx, write it as a string cell with
 * {@code setQuotePrefixed(true)} instead ({@link #forXlsx} for what a cell can carry), so that the text stays
 * text even after someone edits the cell in Excel.
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

    /** The most characters an xlsx cell holds (Excel's limit; POI refuses more). */
    public static final int MAX_XLSX_CELL_LENGTH = 32_767;
    static final String TRUNCATED = " [… cut: longer than a spreadsheet cell holds]";

    /**
     * The value as an xlsx string cell may hold it: characters XML 1.0 cannot carry (control characters other than
     * tab, line feed and carriage return; unpaired surrogates) become U+FFFD, and text longer than a cell holds is cut
     * with a marker. Whether it needs a quote prefix is {@link #startsLikeFormula} of the original value.
     */
    public static String forXlsx(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
            }
            if (bad && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        String clean = out == null ? value : out.toString();
        if (clean.length() > MAX_XLSX_CELL_LENGTH) {
            int keep = MAX_XLSX_CELL_LENGTH - TRUNCATED.length();
            if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
                keep--;
            }
            clean = clean.substring(0, keep) + TRUNCATED;
        }
        return clean;
    }

    /** The value as a CSV cell may safely hold it (quoting is the CSV writer's job). */
    public static String forCsv(String value) {
        return startsLikeFormula(value) ? "'" + value : value;
    }
}
