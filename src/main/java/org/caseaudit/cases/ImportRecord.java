package org.caseaudit.cases;

import java.time.LocalDateTime;

/** One recorded import: who, when, which file (name and SHA-256), which profile, what happened. */
public record ImportRecord(Long id, LocalDateTime startedAt, LocalDateTime finishedAt, String username, String channel,
                           String fileName, String sha256, long sizeBytes, String profileName, String source,
                           ImportStatus status, ImportCounts counts, int problemCount, String message) {
}
