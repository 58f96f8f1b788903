package org.caseaudit.sampling;

/** How a stratified sample is shared between strata. */
public enum Allocation {
    /** In proportion to each stratum's size (largest remainder). */
    PROPORTIONAL,
    /** The same number from each stratum, as far as its size allows. */
    EQUAL
}
