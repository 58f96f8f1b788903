package org.caseaudit.calendar;

/** Outcome of a Section 47 enquiry as far as the ICPC timescale needs it; {@code null} means not recorded yet. */
public enum S47Outcome {
    /** Concerns substantiated and an initial child protection conference is to be held. */
    ICPC_REQUIRED,
    NO_FURTHER_ACTION,
    /** Continued as child in need (Section 17) work without a conference. */
    CHILD_IN_NEED,
    /** Any other outcome without a conference. */
    OTHER_NO_ICPC
}
