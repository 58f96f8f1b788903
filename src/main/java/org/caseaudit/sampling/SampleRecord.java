package org.caseaudit.sampling;

import java.time.Instant;
import java.util.List;

/** The record of how a sample was drawn, with the drawn list in draw order: what the methodology prints. */
public record SampleRecord(long id, long cycleId, long seed, boolean seedGenerated, SamplingMethod method,
                           String methodVersion, String designDescription, FrameDefinition frame,
                           String frameDescription, int populationSize, String frameSha256, int sampleSize,
                           int reserveCount, List<AllocationRow> allocation, String drawnBy, Instant drawnAt,
                           String lockedBy, Instant lockedAt, Integer moderationPercent, Long moderationSeed,
                           List<SampleItemInfo> items) {

    public boolean locked() {
        return lockedAt != null;
    }

    public List<SampleItemInfo> activeItems() {
        return items.stream().filter(SampleItemInfo::active).toList();
    }
}
