package org.caseaudit.sampling;

import java.time.LocalDate;

/** What an audit lead enters for a cycle. The template is named by id and version until templates are linked. */
public record CycleDetails(String name, Long templateId, Integer templateVersion, LocalDate dueDate,
                           FrameDefinition frame, SampleDesign design, int moderationPercent) {
}
