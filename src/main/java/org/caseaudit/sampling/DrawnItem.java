package org.caseaudit.sampling;

/** A drawn case: its place in draw order (1-based), whether it is in the sample or a reserve, and its frame item. */
public record DrawnItem(int drawOrder, Kind kind, FrameItem item) {

    public enum Kind { SAMPLE, RESERVE }
}
