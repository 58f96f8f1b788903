package org.caseaudit.calendar;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One rule per measure; the defaults are the national expectations in the table. */
public record TimescaleSettings(Map<Measure, TimescaleRule> rules) {

    public TimescaleSettings {
        EnumMap<Measure, TimescaleRule> copy = new EnumMap<>(Measure.class);
        copy.putAll(defaultRules());
        copy.putAll(rules);
        rules = Map.copyOf(copy);
    }

    public static TimescaleSettings defaults() {
        return new TimescaleSettings(Map.of());
    }

    public static TimescaleSettings of(Collection<TimescaleRule> rules) {
        EnumMap<Measure, TimescaleRule> map = new EnumMap<>(Measure.class);
        rules.forEach(rule -> map.put(rule.measure(), rule));
        return new TimescaleSettings(map);
    }

    public TimescaleRule rule(Measure measure) {
        return rules.get(measure);
    }

    public TimescaleSettings with(TimescaleRule rule) {
        EnumMap<Measure, TimescaleRule> map = new EnumMap<>(rules);
        map.put(rule.measure(), rule);
        return new TimescaleSettings(map);
    }

    private static Map<Measure, TimescaleRule> defaultRules() {
        EnumMap<Measure, TimescaleRule> map = new EnumMap<>(Measure.class);
        for (TimescaleRule rule : List.of(
                new TimescaleRule(Measure.REFERRAL_DECISION, 1, TimescaleUnit.WORKING_DAYS),
                new TimescaleRule(Measure.ICPC, 15, TimescaleUnit.WORKING_DAYS, StrategyDiscussionChoice.FIRST),
                new TimescaleRule(Measure.CF_ASSESSMENT, 45, TimescaleUnit.WORKING_DAYS),
                new TimescaleRule(Measure.FIRST_CORE_GROUP, 10, TimescaleUnit.WORKING_DAYS),
                new TimescaleRule(Measure.FIRST_REVIEW_CONFERENCE, 3, TimescaleUnit.CALENDAR_MONTHS),
                new TimescaleRule(Measure.OUTCOME_TO_REFERRER, 1, TimescaleUnit.WORKING_DAYS))) {
            map.put(rule.measure(), rule);
        }
        return map;
    }
}
