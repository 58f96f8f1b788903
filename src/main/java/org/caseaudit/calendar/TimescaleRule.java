package org.caseaudit.calendar;

import java.util.Objects;

/**
 * The rule for one measure: within {@code amount} {@code unit}s of its start. {@code strategyDiscussion} says
 * which strategy discussion starts the ICPC clock and is ignored by other measures.
 */
public record TimescaleRule(Measure measure, int amount, TimescaleUnit unit,
        StrategyDiscussionChoice strategyDiscussion) {

    public TimescaleRule {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        strategyDiscussion = strategyDiscussion == null ? StrategyDiscussionChoice.FIRST : strategyDiscussion;
        int max = switch (unit) {
            case WORKING_DAYS -> 500;
            case CALENDAR_MONTHS -> 24;
            case HOURS -> 720;
        };
        if (amount < 0 || amount > max) {
            throw new IllegalArgumentException(measure.label() + ": the timescale must be between 0 and " + max + " "
                    + unit.label() + ", was " + amount);
        }
        if (unit == TimescaleUnit.HOURS && measure != Measure.REFERRAL_DECISION
                && measure != Measure.OUTCOME_TO_REFERRER) {
            throw new IllegalArgumentException(measure.label()
                    + ": a rule in hours is only offered for the referral decision and the outcome to the referrer");
        }
    }

    public TimescaleRule(Measure measure, int amount, TimescaleUnit unit) {
        this(measure, amount, unit, StrategyDiscussionChoice.FIRST);
    }

    /** "15 working days", "3 calendar months", "24 hours", "1 working day". */
    public String describe() {
        String unitLabel = unit.label();
        if (amount == 1) {
            unitLabel = unitLabel.substring(0, unitLabel.length() - 1);
        }
        return amount + " " + unitLabel;
    }
}
