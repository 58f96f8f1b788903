package org.caseaudit.sampling;

import java.util.Optional;

/** Where an audit cycle is; it only moves forward. */
public enum CycleStatus {
    PLANNED("Planned"),
    SAMPLING("Sampling"),
    IN_PROGRESS("In progress"),
    MODERATION("Moderation"),
    COMPLETE("Complete");

    private final String label;

    CycleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A sample may be drawn (or redrawn, with a reason) only before the cycle is assigned. */
    public boolean canDraw() {
        return this == PLANNED || this == SAMPLING;
    }

    /** The lead moves the cycle on by hand only once it is assigned: to moderation, then to complete. */
    public boolean canAdvance() {
        return this == IN_PROGRESS || this == MODERATION;
    }

    /** The stage after this one; none after complete. */
    public Optional<CycleStatus> next() {
        return Optional.ofNullable(switch (this) {
            case PLANNED -> SAMPLING;
            case SAMPLING -> IN_PROGRESS;
            case IN_PROGRESS -> MODERATION;
            case MODERATION -> COMPLETE;
            case COMPLETE -> null;
        });
    }

    /** Whether a cycle at this stage may move to {@code target}: the same stage (a redraw) or the next one. */
    public boolean mayMoveTo(CycleStatus target) {
        return target == this || next().filter(target::equals).isPresent();
    }
}
