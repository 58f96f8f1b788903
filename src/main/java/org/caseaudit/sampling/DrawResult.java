package org.caseaudit.sampling;

import java.util.List;

/**
 * The outcome of one draw: everything the methodology section prints. {@code allocation} is empty unless the
 * design was stratified.
 */
public record DrawResult(SamplingMethod method, String methodVersion, long seed, int populationSize, String frameSha256,
                         int sampleSize, int reserveCount, List<DrawnItem> drawn, List<AllocationRow> allocation) {

    public DrawResult {
        drawn = List.copyOf(drawn);
        allocation = List.copyOf(allocation);
    }

    public List<DrawnItem> sample() {
        return drawn.stream().filter(d -> d.kind() == DrawnItem.Kind.SAMPLE).toList();
    }

    public List<DrawnItem> reserves() {
        return drawn.stream().filter(d -> d.kind() == DrawnItem.Kind.RESERVE).toList();
    }

    public List<Long> drawnIds() {
        return drawn.stream().map(d -> d.item().id()).toList();
    }
}
