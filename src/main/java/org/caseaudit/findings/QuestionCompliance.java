package org.caseaudit.findings;

import java.util.Locale;

/**
 * Compliance with one question over a cycle's final answers. {@code audited} = compliant + partly + non-compliant
 * ("Not applicable" excluded); {@code percent} is compliant / audited × 100 (NaN when nothing was audited);
 * {@code interval} is the 95% Wilson interval (null when nothing was audited); {@code smallSample} when fewer than
 * {@link ComplianceRules#SMALL_SAMPLE} files were audited.
 */
public record QuestionCompliance(
        String templateId,
        String questionId,
        String section,
        String question,
        String theme,
        boolean keyMeasure,
        int compliant,
        int partly,
        int nonCompliant,
        int notApplicable,
        int audited,
        double percent,
        ConfidenceInterval interval,
        boolean smallSample) {

    public static QuestionCompliance of(String templateId, String questionId, String section, String question,
            String theme, boolean keyMeasure, int compliant, int partly, int nonCompliant, int notApplicable) {
        int audited = compliant + partly + nonCompliant;
        return new QuestionCompliance(templateId, questionId, section, question, theme, keyMeasure, compliant, partly,
                nonCompliant, notApplicable, audited, audited == 0 ? Double.NaN : 100.0 * compliant / audited,
                ConfidenceInterval.wilson95(compliant, audited), ComplianceRules.smallSample(audited));
    }

    /** Findings (partly or non-compliant answers). */
    public int findings() {
        return partly + nonCompliant;
    }

    /** "7 of 10 (70%)" or "none audited". */
    public String describe() {
        return audited == 0 ? "none audited"
                : String.format(Locale.UK, "%d of %d (%.0f%%)", compliant, audited, percent);
    }
}
