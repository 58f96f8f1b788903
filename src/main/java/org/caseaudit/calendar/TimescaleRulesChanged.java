package org.caseaudit.calendar;

/**
 * Published (in the changing transaction) when a new calendar version is written or a timescale rule changes: every
 * timescale computed before may now differ. {@code what} says which, e.g. "calendar version 4".
 */
public record TimescaleRulesChanged(String what) {
}
