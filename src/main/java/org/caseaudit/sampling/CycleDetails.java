package org.caseaudit.sampling;

import java.time.LocalDate;

/** What an audit lead enters for a cycle. The checklist is named by template key and version. */
public record CycleDetails(String name, String templateId, Integer templateVersion, LocalDate dueDate,
                           FrameDefinition frame, SampleDesign design, int moderationPercent) {
}
