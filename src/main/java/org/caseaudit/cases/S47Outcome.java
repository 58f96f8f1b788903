package org.caseaudit.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Outcome of a Section 47 enquiry, as stored (the code) and shown (the label). Every way the application writes an
 * outcome (the code, the label, and the words of the timescale explanations such as "child in need") reads back.
 */
public enum S47Outcome {
    ICPC("Initial child protection conference", "ICPC required", "Conference"),
    CHILD_IN_NEED("Child in need plan", "Child in need", "CIN"),
    NFA("No further action"),
    OTHER("Other", "Other no ICPC");

    private final String label;
    private final List<String> otherNames;

    S47Outcome(String label, String... otherNames) {
        this.label = label;
        this.otherNames = List.of(otherNames);
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

    /**
     * Matches the code, the label or another name the application shows, ignoring case and treating spaces,
     * underscores and hyphens alike; translations from a profile are applied before this.
     */
    public static Optional<S47Outcome> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = words(value);
        return Arrays.stream(values())
                .filter(o -> words(o.name()).equals(v) || words(o.label).equals(v)
                        || o.otherNames.stream().anyMatch(n -> words(n).equals(v)))
                .findFirst();
    }

    /** The labels an import accepts, for messages: "Initial child protection conference, Child in need plan, ...". */
    public static String acceptedLabels() {
        return Arrays.stream(values()).map(S47Outcome::label).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String words(String s) {
        return s.strip().replaceAll("[\\s_-]+", " ").toLowerCase(Locale.ROOT);
    }
}
