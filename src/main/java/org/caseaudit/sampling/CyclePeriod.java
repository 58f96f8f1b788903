package org.caseaudit.sampling;

import java.time.LocalDate;

/**
 * A cycle's name, checklist and period without its frame (which may name excluded cases): for trends and dashboards
 * that panel viewers see.
 */
public record CyclePeriod(long id, String name, String templateId, Integer templateVersion, LocalDate periodStart,
                          LocalDate periodEnd, CycleStatus status) {
}
