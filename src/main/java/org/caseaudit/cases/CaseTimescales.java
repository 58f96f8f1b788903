package org.caseaudit.cases;

import org.caseaudit.calendar.CaseDates;

/** The bridge from a case's facts to the calendar module's timescale rules. */
final class CaseTimescales {

    private CaseTimescales() {
    }

    static CaseDates dates(CaseData c) {
        org.caseaudit.calendar.S47Outcome outcome = c.s47Outcome() == null ? null : switch (c.s47Outcome()) {
            case ICPC -> org.caseaudit.calendar.S47Outcome.ICPC_REQUIRED;
            case CHILD_IN_NEED -> org.caseaudit.calendar.S47Outcome.CHILD_IN_NEED;
            case NFA -> org.caseaudit.calendar.S47Outcome.NO_FURTHER_ACTION;
            case OTHER -> org.caseaudit.calendar.S47Outcome.OTHER_NO_ICPC;
        };
        // The export gives the day the outcome was sent to the referrer, not the time: start of that day.
        return new CaseDates(c.referralDate(), c.referralDecisionDate(), c.strategyDiscussionDates(), c.s47StartDate(),
                c.icpcDate(), c.cfaStartDate(), c.cfaCompletionDate(), c.firstCoreGroupDate(), null,
                c.referrerInformedDate() == null ? null : c.referrerInformedDate().atStartOfDay(), outcome);
    }
}
