package org.caseaudit.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.shared.ui.Formats;

/**
 * Which cases of the register form the frame: a date field within a period (inclusive), optionally only some
 * teams and S47 outcomes (empty = all), minus cases already in a sample drawn in the N months before this draw
 * (0 = keep them), minus cases excluded by reference with a reason.
 */
public record FrameDefinition(DateField dateField, LocalDate from, LocalDate to, List<String> teams,
                              List<String> outcomes, int excludeAuditedWithinMonths,
                              List<ReferenceExclusion> excludedReferences) {

    public enum DateField {
        S47_START("S47 start date"),
        REFERRAL("Referral date");

        private final String label;

        DateField(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record ReferenceExclusion(String reference, String reason) {
        public ReferenceExclusion {
            if (reference == null || reference.isBlank()) {
                throw new SamplingException("excludedReferences", "An excluded case needs its reference");
            }
            if (reason == null || reason.isBlank()) {
                throw new SamplingException("excludedReferences", "Give a reason for excluding " + reference.strip());
            }
            reference = reference.strip();
            reason = reason.strip();
        }
    }

    public FrameDefinition {
        if (dateField == null) {
            dateField = DateField.S47_START;
        }
        if (from == null || to == null) {
            throw new SamplingException("period", "Enter the first and last day of the period");
        }
        if (to.isBefore(from)) {
            throw new SamplingException("period", "The period ends (" + Formats.date(to) + ") before it starts ("
                    + Formats.date(from) + ")");
        }
        if (excludeAuditedWithinMonths < 0 || excludeAuditedWithinMonths > 120) {
            throw new SamplingException("excludeAuditedWithinMonths", "Months must be between 0 and 120");
        }
        teams = teams == null ? List.of() : teams.stream().map(String::strip).filter(t -> !t.isEmpty()).sorted()
                .distinct().toList();
        outcomes = outcomes == null ? List.of() : outcomes.stream().map(String::strip).filter(t -> !t.isEmpty())
                .sorted().distinct().toList();
        excludedReferences = excludedReferences == null ? List.of() : List.copyOf(excludedReferences);
    }

    public static FrameDefinition period(LocalDate from, LocalDate to) {
        return new FrameDefinition(DateField.S47_START, from, to, List.of(), List.of(), 0, List.of());
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(dateField.label() + " from " + Formats.date(from) + " to " + Formats.date(to));
        parts.add(teams.isEmpty() ? "all teams" : "teams: " + String.join(", ", teams));
        if (!outcomes.isEmpty()) {
            parts.add("S47 outcomes: " + String.join(", ", outcomes));
        }
        if (excludeAuditedWithinMonths > 0) {
            parts.add("excluding cases sampled in the " + excludeAuditedWithinMonths + " months before the draw");
        }
        if (!excludedReferences.isEmpty()) {
            parts.add("excluding " + String.join("; ", excludedReferences.stream()
                    .map(e -> e.reference() + " (" + e.reason() + ")").toList()));
        }
        return String.join("; ", parts);
    }
}
