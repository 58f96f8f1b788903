package org.caseaudit.sampling;

import java.time.Instant;

/** A draw of a cycle's sample that a later draw replaced (or a change of frame or design discarded), and why. */
public record EarlierDraw(long seed, boolean seedGenerated, SamplingMethod method, String methodVersion,
                          int populationSize, String frameSha256, int sampleSize, int reserveCount, String drawnBy,
                          Instant drawnAt, String replacedBy, Instant replacedAt, String reason) {

    /** One line for the record and the pack's methodology. */
    public String describe(java.util.function.Function<Instant, String> time) {
        return "Drawn " + sampleSize + " + " + reserveCount + " reserves from " + populationSize + " cases with seed "
                + seed + (seedGenerated ? " (generated)" : " (entered)") + " by " + drawnBy + " on "
                + time.apply(drawnAt)
                + "; replaced by " + replacedBy + " on " + time.apply(replacedAt) + ": " + reason;
    }
}
