package org.caseaudit.sampling;

import java.time.Instant;
import java.time.LocalDate;

public record CycleSummary(long id, long version, String name, String templateId, Integer templateVersion,
                           LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, CycleStatus status,
                           FrameDefinition frame, SampleDesign design, int moderationPercent, boolean blindModeration,
                           boolean sampleDrawn,
                           boolean locked, String createdBy, Instant createdAt) {

    public CycleDetails details() {
        return new CycleDetails(name, templateId, templateVersion, dueDate, frame, design, moderationPercent,
                blindModeration);
    }
}
