package org.caseaudit.cases;

/**
 * One reason an import cannot be committed. {@code row} is the row as a spreadsheet shows it (the header is row 1),
 * or 0 for a problem with the whole file; {@code column} is the file's column heading, or empty.
 */
public record ImportProblem(int row, String column, String field, String message) {

    public static ImportProblem file(String message) {
        return new ImportProblem(0, "", "", message);
    }

    /** A one-line description naming row, column and field, for logs, JSON and notifications. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (row > 0) {
            sb.append("row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : ", ").append("column '").append(column).append('\'');
        }
        if (field != null && !field.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : ", ").append("field ").append(field);
        }
        return sb.isEmpty() ? message : sb + ": " + message;
    }
}
