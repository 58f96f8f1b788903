package org.caseaudit.audit;

import java.time.LocalDateTime;

/** One retention period as stored in {@code retention_setting}; {@code updatedBy} is null for the default. */
public record RetentionSetting(String name, String label, int months, boolean editable, LocalDateTime updatedAt,
                               String updatedBy) {
}
