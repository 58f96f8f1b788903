package org.caseaudit.templates;

import java.util.List;

/**
 * How a question is answered. Compliance scales (yes/no/not applicable) are kept apart from the quality scale
 * (the four Ofsted grades, which need a rationale), so a finding is never a grade and a grade never a finding.
 */
public enum AnswerScale {
    YES_NO_NA("Yes / No / Not applicable", List.of("Yes", "No", "Not applicable"), List.of("No")),
    YES_PARTLY_NO_NA("Yes / Partly / No / Not applicable", List.of("Yes", "Partly", "No", "Not applicable"),
            List.of("Partly", "No")),
    OFSTED_GRADE("Ofsted grade", List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate"),
            List.of("Requires improvement to be good", "Inadequate")),
    DATE("Date", List.of(), List.of()),
    NUMBER("Number", List.of(), List.of()),
    FREE_TEXT("Free text", List.of(), List.of());

    private final String label;
    private final List<String> options;
    private final List<String> nonCompliantOptions;

    AnswerScale(String label, List<String> options, List<String> nonCompliantOptions) {
        this.label = label;
        this.options = options;
        this.nonCompliantOptions = nonCompliantOptions;
    }

    public String label() {
        return label;
    }

    /** The fixed answers an auditor picks from; empty for date, number and free text. */
    public List<String> options() {
        return options;
    }

    /** Answers that make a finding (and need an evidence note when the question asks for one). */
    public List<String> nonCompliantOptions() {
        return nonCompliantOptions;
    }

    /**
     * Whether this answer is a finding: a non-compliant answer on a compliance scale ("No", or "Partly"). A grade is
     * never a finding, even a low one (compliance and quality are kept apart), though it may still need a note.
     */
    public boolean makesFinding(String value) {
        return isCompliance() && value != null && nonCompliantOptions.contains(value.strip());
    }

    public boolean isCompliance() {
        return this == YES_NO_NA || this == YES_PARTLY_NO_NA;
    }

    public boolean isQuality() {
        return this == OFSTED_GRADE;
    }

    /** Whether an answer on this scale can be non-compliant at all (and so ask for evidence, or be a key measure). */
    public boolean canBeNonCompliant() {
        return !nonCompliantOptions.isEmpty();
    }
}
