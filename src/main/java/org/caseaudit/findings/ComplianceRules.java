package org.caseaudit.findings;

import org.caseaudit.templates.AnswerScale;

/** How one final answer counts towards compliance, and when a sample is too small to read a percentage alone. */
public final class ComplianceRules {

    /**
     * Fewer audited files than this is a small sample: with 9 files one file moves the percentage by 11 points and
     * the 95% interval around 50% spans about 47 points (0.27-0.73), so the percentage is shown with the marker and
     * its interval, never alone.
     */
    public static final int SMALL_SAMPLE = 10;

    private ComplianceRules() {
    }

    public enum Outcome {
        /** "Yes": counts as audited and compliant. */
        COMPLIANT,
        /** "Partly" on the Yes/Partly/No/NA scale: audited, not compliant, a finding. */
        PARTLY,
        /** "No": audited, not compliant, a finding. */
        NON_COMPLIANT,
        /** "Not applicable": excluded from the audited count. */
        NOT_APPLICABLE,
        /** Not a compliance question (grade, date, number, free text) or no answer: not counted at all. */
        NOT_COUNTED;

        public boolean audited() {
            return this == COMPLIANT || this == PARTLY || this == NON_COMPLIANT;
        }

        public boolean finding() {
            return this == PARTLY || this == NON_COMPLIANT;
        }
    }

    public static Outcome classify(AnswerScale scale, String value) {
        if (scale == null || !scale.isCompliance() || value == null || value.isBlank()) {
            return Outcome.NOT_COUNTED;
        }
        return switch (value.strip()) {
            case "Yes" -> Outcome.COMPLIANT;
            case "Partly" -> scale == AnswerScale.YES_PARTLY_NO_NA ? Outcome.PARTLY : Outcome.NOT_COUNTED;
            case "No" -> Outcome.NON_COMPLIANT;
            case "Not applicable" -> Outcome.NOT_APPLICABLE;
            default -> Outcome.NOT_COUNTED;
        };
    }

    public static boolean smallSample(int audited) {
        return audited < SMALL_SAMPLE;
    }
}
