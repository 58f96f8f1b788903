package org.caseaudit.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The dates of one case that the timescales are computed from. Any field may be null (not recorded);
 * {@code strategyDiscussionDates} may be empty, in any order.
 */
public record CaseDates(
        LocalDate referralDate,
        LocalDate referralDecisionDate,
        List<LocalDate> strategyDiscussionDates,
        LocalDate s47StartDate,
        LocalDate icpcDate,
        LocalDate assessmentStartDate,
        LocalDate assessmentCompletedDate,
        LocalDate firstCoreGroupDate,
        LocalDate firstReviewConferenceDate,
        LocalDateTime outcomeToReferrerDate,
        S47Outcome s47Outcome) {

    public CaseDates {
        strategyDiscussionDates = strategyDiscussionDates == null ? List.of()
                : strategyDiscussionDates.stream().filter(d -> d != null).sorted().toList();
    }

    /**
     * The moment to use for an event recorded only as a day (case exports give the day the outcome was sent, not the
     * time): the end of that day, so under a rule in hours a day counts as on time only when all of it is within the
     * window. One rule for every caller, so the register and the audit's derived answers always agree.
     */
    public static LocalDateTime recordedDay(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.MAX);
    }
}
