package org.caseaudit.sampling;

import java.util.Map;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What sampling tells the audit trail: one record per kind of event, each knowing its stored code and detail. */
public final class SamplingTrail {

    private static final String CYCLE = "audit_cycle";
    private static final String ITEM = "sample_item";

    private SamplingTrail() {
    }

    public record CycleCreated(long cycleId, String name, String frame, String design, boolean blindModeration)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_CYCLE_CREATED", CYCLE, cycleId, name + "; frame: " + frame + "; design: "
                    + design + "; moderation " + (blindModeration ? "blind" : "open"));
        }
    }

    public record CycleUpdated(long cycleId, String name, String frame, String design) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_CYCLE_UPDATED", CYCLE, cycleId, name + "; frame: " + frame
                    + "; design: " + design);
        }
    }

    public record CycleMoved(long cycleId, CycleStatus from, CycleStatus to) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("AUDIT_CYCLE_STATUS", CYCLE, cycleId, from + " -> " + to);
        }
    }

    public record SampleDiscarded(long cycleId, long seed, String frameSha256) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_DISCARDED", CYCLE, cycleId, "frame or design changed; seed was " + seed
                    + ", frame hash " + frameSha256);
        }
    }

    public record SampleRedrawn(long cycleId, long previousSeed, String previousFrameSha256, String reason)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_REDRAWN", CYCLE, cycleId, "previous seed " + previousSeed + ", frame hash "
                    + previousFrameSha256 + "; reason: " + reason);
        }
    }

    public record Drawn(long cycleId, long seed, boolean seedGenerated, SamplingMethod method, String methodVersion,
                        int populationSize, String frameSha256, int sampleSize,
                        int reserveCount) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_DRAWN", CYCLE, cycleId, "seed " + seed + (seedGenerated ? " (generated)" : "")
                    + "; " + method + " " + methodVersion + "; population " + populationSize + "; frame SHA-256 "
                    + frameSha256 + "; sample " + sampleSize + " + " + reserveCount + " reserves");
        }
    }

    public record SampleVerified(long cycleId, boolean confirmed, String summary) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_VERIFIED", CYCLE, cycleId, (confirmed ? "confirmed" : "differences") + ": "
                    + summary);
        }
    }

    public record CaseExcluded(long itemId, long cycleId, String caseReference, String reason) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_CASE_EXCLUDED", ITEM, itemId, "cycle " + cycleId + ", case " + caseReference
                    + ": " + reason);
        }
    }

    public record NoReserveLeft(long cycleId, String caseReference) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_NO_RESERVE", CYCLE, cycleId, "no reserve left to replace " + caseReference);
        }
    }

    public record ReserveUsed(long itemId, long cycleId, String reserveReference, int drawOrder, String replaced,
                              String auditor, String moderator) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_RESERVE_USED", ITEM, itemId, "cycle " + cycleId + ", reserve "
                    + reserveReference + " (draw order " + drawOrder + ") replaces " + replaced
                    + (auditor == null ? "" : "; auditor " + auditor + (moderator == null ? "" : ", moderator "
                    + moderator)));
        }
    }

    /** {@code load}: cases per auditor, in name order. */
    public record SampleAssigned(long cycleId, Map<String, Long> load, long moderated, int moderationPercent, long seed)
            implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("SAMPLE_ASSIGNED", CYCLE, cycleId, "auditors " + load + "; " + moderated
                    + " moderated (" + moderationPercent + "%, seed " + seed + "); sample locked");
        }
    }
}
