package org.caseaudit.reports;

import java.time.Instant;

/** A report file kept by the scheduled job until {@code expiresAt}. */
public record StoredReport(long id, ReportKind kind, Long cycleId, String cycleName, ReportVariant variant,
                           String fileName, long sizeBytes, String sha256, Instant createdAt, String createdBy,
                           Instant expiresAt) {
}
