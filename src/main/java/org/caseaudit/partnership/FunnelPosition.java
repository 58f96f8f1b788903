package org.caseaudit.partnership;

/** Where a council's proportion lies against the partnership's funnel (its n's control limits). */
public enum FunnelPosition {
    ABOVE_998("Above the 99.8% limit"),
    ABOVE_95("Above the 95% limit"),
    WITHIN("Within the limits"),
    BELOW_95("Below the 95% limit"),
    BELOW_998("Below the 99.8% limit"),
    /** Too few files to show (disclosure control) or none audited: no point on the plot. */
    NOT_SHOWN("Not shown (small numbers)");

    private final String label;

    FunnelPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
