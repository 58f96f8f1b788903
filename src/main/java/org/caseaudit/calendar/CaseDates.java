package org.caseaudit.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
}
