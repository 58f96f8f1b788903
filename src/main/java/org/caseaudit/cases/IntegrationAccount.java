package org.caseaudit.cases;

import java.time.LocalDateTime;

/** An administrator-created account for a council's scheduled job; the token itself is shown once, never stored. */
public record IntegrationAccount(Long id, String name, String tokenHint, String createdBy, LocalDateTime createdAt,
                                 String revokedBy, LocalDateTime revokedAt, LocalDateTime lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
