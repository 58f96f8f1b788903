package org.caseaudit.cases;

/**
 * Shared between a running import and whoever watches it: progress for a progress bar, and cancel. Cancelling
 * rolls the import back, so nothing is written.
 */
public final class ImportControl {

    private volatile boolean cancelled;
    private volatile long rowsRead;
    private volatile double fraction = -1;

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** 0..1, or -1 when the size of the input is unknown. */
    public double fraction() {
        return fraction;
    }

    public void report(long rows, double fraction) {
        this.rowsRead = rows;
        this.fraction = fraction;
    }
}
