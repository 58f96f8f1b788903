package org.caseaudit.installation;

import java.time.Instant;

/** A council as the installation's administrator lists it. */
public record CouncilSummary(long id, String code, String name, String partnership, int users, Instant createdAt,
        Instant offboardedAt) {

    public boolean active() {
        return offboardedAt == null;
    }
}
