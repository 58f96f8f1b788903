package org.caseaudit.sampling;

import java.time.LocalDate;

/** What an audit lead enters for a cycle. The checklist is named by template key and version. */
public record CycleDetails(String name, String templateId, Integer templateVersion, LocalDate dueDate,
                           FrameDefinition frame, SampleDesign design, int moderationPercent,
                           boolean blindModeration) {

    /** A cycle with blind moderation (the default: the moderator sees the auditor's answers only after their own). */
    public CycleDetails(String name, String templateId, Integer templateVersion, LocalDate dueDate,
                        FrameDefinition frame, SampleDesign design, int moderationPercent) {
        this(name, templateId, templateVersion, dueDate, frame, design, moderationPercent, true);
    }
}
