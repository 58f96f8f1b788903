package org.caseaudit.multiagency;

/** Where a multi-agency audit is: agencies completing returns, the joint panel, or completed (reported). */
public enum Stage {
    RETURNS("Agency returns"),
    PANEL("Panel"),
    COMPLETED("Completed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
