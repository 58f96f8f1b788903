package org.caseaudit.sampling;

/**
 * Creates the audits and moderations of a cycle whose sample has just been assigned, in the same transaction. The
 * audit module implements it (sampling must not depend on audit), so one step takes a sample from assigned to work
 * in auditors' lists.
 */
public interface CycleWorkCreator {

    CycleWork createFor(long cycleId);
}
