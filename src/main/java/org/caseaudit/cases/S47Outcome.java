package org.caseaudit.cases;

import java.util.Arrays;
import java.util.Optional;

/** Outcome of a Section 47 enquiry, as stored (the code) and shown (the label). */
public enum S47Outcome {
    ICPC("Initial child protection conference"),
    CHILD_IN_NEED("Child in need plan"),
    NFA("No further action"),
    OTHER("Other");

    private final String label;

    S47Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome as the calendar module's ICPC rule reads it: written here once, for every caller. */
    public org.caseaudit.calendar.S47Outcome forTimescales() {
        return switch (this) {
            case ICPC -> org.caseaudit.calendar.S47Outcome.ICPC_REQUIRED;
            case CHILD_IN_NEED -> org.caseaudit.calendar.S47Outcome.CHILD_IN_NEED;
            case NFA -> org.caseaudit.calendar.S47Outcome.NO_FURTHER_ACTION;
            case OTHER -> org.caseaudit.calendar.S47Outcome.OTHER_NO_ICPC;
        };
    }

    /** Matches the code or the label, ignoring case; translations from a profile are applied before this. */
    public static Optional<S47Outcome> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        return Arrays.stream(values())
                .filter(o -> o.name().equalsIgnoreCase(v) || o.label.equalsIgnoreCase(v))
                .findFirst();
    }
}
