package org.caseaudit.councils;

import java.time.Instant;

/** A council: the unit of data separation (decision 0012). {@code partnershipId} is its safeguarding partnership. */
public record Council(long id, String code, String name, Long partnershipId, Instant createdAt,
        Instant offboardedAt) {

    public boolean active() {
        return offboardedAt == null;
    }
}
