package org.caseaudit.findings;

import java.util.List;
import java.util.Locale;

/**
 * Findings grouped by the template's theme tag: {@code files} audited files with at least one finding in the theme,
 * of {@code auditedFiles} files audited on any of its questions; and per question, e.g. "No chronology on file or
 * not up to date — 4 of 10 files". Questions without a theme tag fall under {@link #NO_THEME}.
 */
public record Theme(String tag, String label, int files, int auditedFiles, List<ThemeQuestion> questions) {

    public static final String NO_THEME = "other";

    public Theme {
        questions = List.copyOf(questions);
    }

    /** "Chronology: findings in 4 of 10 files". */
    public String summary() {
        return label + ": findings in " + files + " of " + auditedFiles + " files";
    }

    /** "chronology-on-file" → "Chronology on file". */
    public static String label(String tag) {
        if (tag == null || tag.isBlank() || NO_THEME.equals(tag)) {
            return "Other findings";
        }
        String words = tag.replace('-', ' ').replace('_', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    /** One question of a theme: its findings (partly or non-compliant) of the files audited on it. */
    public record ThemeQuestion(String templateId, String questionId, String question, String findingText,
            String suggestedAction, boolean keyMeasure, int findings, int partly, int audited) {

        /** "The chronology is missing or out of date — 4 of 10 files (1 partly)". */
        public String summary() {
            String text = findingText == null || findingText.isBlank() ? question : stripStop(findingText);
            return text + " \u2014 " + findings + " of " + audited + " files" + (partly > 0 ? " (" + partly
                    + " partly)" : "");
        }

        private static String stripStop(String s) {
            String t = s.strip();
            return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        }
    }
}
