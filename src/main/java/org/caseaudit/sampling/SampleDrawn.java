package org.caseaudit.sampling;

/**
 * What a draw stored, in brief: the record's key figures. The drawn list itself is read with
 * {@link SampleService#sample}, as any later look at the sample reads it.
 */
public record SampleDrawn(long sampleId, long cycleId, long seed, boolean seedGenerated, SamplingMethod method,
                          int populationSize, String frameSha256, int sampleSize, int reserveCount) {
}
