package org.caseaudit.security;

import java.util.Objects;
import org.caseaudit.security.AuditTrail.Outcome;

/**
 * One audit-trail row as an event describes it. {@code actor} null means the current user (or "system"),
 * {@code remoteAddress} null the client of the request being handled, {@code council} null the current council
 * (decision 0012); a row about something of a named council that happens outside any (an anonymous family-feedback
 * link) names it with {@link #in}.
 */
public record TrailEntry(String code, String targetType, String targetId, String detail, String actor,
                         String remoteAddress, Outcome outcome, Long council) {

    public TrailEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A successful action of the current user. */
    public static TrailEntry of(String code, String targetType, Object targetId, String detail) {
        return new TrailEntry(code, targetType, targetId == null ? null : String.valueOf(targetId), detail, null, null,
                Outcome.SUCCESS, null);
    }

    /** The same row for a named actor (a scheduler, "system", "anonymous"). */
    public TrailEntry by(String who) {
        return new TrailEntry(code, targetType, targetId, detail, who, remoteAddress, outcome, council);
    }

    public TrailEntry from(String address) {
        return new TrailEntry(code, targetType, targetId, detail, actor, address, outcome, council);
    }

    /** The same row in council {@code councilId}'s trail rather than the current council's. */
    public TrailEntry in(long councilId) {
        return new TrailEntry(code, targetType, targetId, detail, actor, remoteAddress, outcome, councilId);
    }

    public TrailEntry withOutcome(Outcome result) {
        return new TrailEntry(code, targetType, targetId, detail, actor, remoteAddress, result, council);
    }
}
