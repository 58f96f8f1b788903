package org.caseaudit.audit;

/**
 * How far a cycle's audits are: {@code done} counts audits (not moderations) submitted, moderated or closed, of
 * {@code audits} created for the cycle.
 */
public record CycleProgress(long cycleId, int audits, int done) {

    public double fraction() {
        return audits == 0 ? 0 : (double) done / audits;
    }
}
