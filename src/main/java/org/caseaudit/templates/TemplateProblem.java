package org.caseaudit.templates;

/**
 * One thing wrong with a template file: which file, which line (1-based, 0 when unknown), which field
 * (e.g. {@code sections[1].questions[3].scale}) and what.
 */
public record TemplateProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + ", " + field + ": " + message;
    }
}
