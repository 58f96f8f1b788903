package org.caseaudit.partnership;

/** One council's pooled counts of a measure, before disclosure control. Never leaves the partnership module. */
public record CouncilFigures(long councilId, String council, int cycles, long compliant, long audited) {
}
