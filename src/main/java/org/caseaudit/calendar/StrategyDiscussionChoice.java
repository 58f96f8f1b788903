package org.caseaudit.calendar;

/** Which strategy discussion starts the ICPC clock when a case has several. */
public enum StrategyDiscussionChoice {
    /** The earliest one: the discussion that started the S47 enquiry. */
    FIRST,
    /** The latest one on or before the ICPC (or the latest one when there is no ICPC yet). */
    LAST
}
