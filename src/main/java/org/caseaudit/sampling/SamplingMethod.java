package org.caseaudit.sampling;

public enum SamplingMethod {
    SIMPLE_RANDOM("Simple random"),
    SYSTEMATIC("Systematic (random start, fixed interval)"),
    STRATIFIED("Stratified by team");

    private final String label;

    SamplingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
