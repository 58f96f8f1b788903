package org.caseaudit.sampling;

/**
 * The outcome of re-drawing a stored sample. {@code recordConsistent}: the stored frame, design and seed give
 * the stored draw again. {@code registerConsistent}: rebuilding the frame from the register today gives the same
 * frame, so the same draw. {@code frameChanges} explains any difference in the frame.
 */
public record VerifyResult(boolean recordConsistent, boolean registerConsistent, boolean methodVersionChanged,
                           String currentHash, FrameComparison frameChanges, String summary) {

    public boolean confirmed() {
        return recordConsistent && registerConsistent && !methodVersionChanged;
    }
}
