package org.caseaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimescaleEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final WorkingDayCalendar calendar = TestCalendars.govUk(3);
    private final TimescaleEvaluator defaults = new TimescaleEvaluator(calendar, TimescaleSettings.defaults());

    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} / {3} today {4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-03-03            | 2026-03-26 | ICPC_REQUIRED     | FIRST | 2026-04-01 | MISSED         | 2026-03-24 | 17 | 2
            2026-03-03            | 2026-03-24 | ICPC_REQUIRED     | FIRST | 2026-04-01 | MET            | 2026-03-24 | 15 | -
            2026-03-03            | 2026-03-03 | ICPC_REQUIRED     | FIRST | 2026-04-01 | MET            | 2026-03-24 |  0 | -
            2026-03-03            | -          | -                 | FIRST | 2026-03-20 | PENDING        | 2026-03-24 |  - | -
            2026-03-03            | -          | ICPC_REQUIRED     | FIRST | 2026-03-24 | PENDING        | 2026-03-24 |  - | -
            2026-03-03            | -          | ICPC_REQUIRED     | FIRST | 2026-03-27 | OVERDUE        | 2026-03-24 |  - | 3
            2026-03-03            | -          | NO_FURTHER_ACTION | FIRST | 2026-04-30 | NOT_APPLICABLE | -          |  - | -
            2026-03-03            | -          | CHILD_IN_NEED     | LAST  | 2026-04-30 | NOT_APPLICABLE | -          |  - | -
            -                     | 2026-03-26 | ICPC_REQUIRED     | FIRST | 2026-04-01 | DATA_MISSING   | -          |  - | -
            -                     | -          | -                 | FIRST | 2026-04-01 | NOT_APPLICABLE | -          |  - | -
            2026-03-03 2026-03-10 | 2026-03-26 | ICPC_REQUIRED     | LAST  | 2026-04-01 | MET            | 2026-03-31 | 12 | -
            2026-03-10 2026-03-03 | 2026-03-26 | ICPC_REQUIRED     | FIRST | 2026-04-01 | MISSED         | 2026-03-24 | 17 | 2
            2026-03-03 2026-03-30 | 2026-03-26 | ICPC_REQUIRED     | LAST  | 2026-04-01 | MISSED         | 2026-03-24 | 17 | 2
            2026-03-10            | 2026-03-05 | ICPC_REQUIRED     | FIRST | 2026-04-01 | DATA_MISSING   | 2026-03-31 |  - | -
            2026-04-02            | 2026-04-27 | ICPC_REQUIRED     | FIRST | 2026-05-01 | MET            | 2026-04-27 | 15 | -
            2026-04-02            | 2026-04-28 | ICPC_REQUIRED     | FIRST | 2026-05-01 | MISSED         | 2026-04-27 | 16 | 1
            2021-12-10            | 2022-01-05 | NO_FURTHER_ACTION | FIRST | 2022-02-01 | MET            | 2022-01-05 | 15 | -
            2021-12-10            | 2022-01-06 | ICPC_REQUIRED     | FIRST | 2022-02-01 | MISSED         | 2022-01-05 | 16 | 1
            """)
    void icpc_status(String discussions, LocalDate icpc, S47Outcome outcome, StrategyDiscussionChoice choice,
    LocalDate today,
            MeasureStatus status, LocalDate due, Integer taken, Integer late) {
        List<LocalDate> strategy = discussions == null ? List.of() : Arrays.stream(discussions.split(" ")).map(
                LocalDate::parse).toList();
        CaseDates dates = new CaseDates(null, null, strategy, null, icpc, null, null, null, null, null, outcome);
        TimescaleEvaluator evaluator = new TimescaleEvaluator(calendar,
                TimescaleSettings.defaults().with(new TimescaleRule(Measure.ICPC, 15,
                TimescaleUnit.WORKING_DAYS, choice)));

        assertResult(evaluator.evaluate(Measure.ICPC, dates, today), status, due, taken, late);
    }

    @ParameterizedTest(name = "[{index}] referral {0}, decision {1}, today {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2020-12-24 | 2020-12-29 | 2021-01-10 | MET          | 2020-12-29 | 1 | -
            2020-12-24 | 2020-12-30 | 2021-01-10 | MISSED       | 2020-12-29 | 2 | 1
            2026-03-06 | 2026-03-06 | 2026-03-20 | MET          | 2026-03-09 | 0 | -
            2026-03-06 | -          | 2026-03-09 | PENDING      | 2026-03-09 | - | -
            2026-03-06 | -          | 2026-03-10 | OVERDUE      | 2026-03-09 | - | 1
            -          | 2026-03-06 | 2026-03-10 | DATA_MISSING | -          | - | -
            """)
    void referral_decision_status(LocalDate referral, LocalDate decision, LocalDate today, MeasureStatus status,
            LocalDate due, Integer taken, Integer late) {
        CaseDates dates = new CaseDates(referral, decision, List.of(), null, null, null, null, null, null, null, null);

        assertResult(defaults.evaluate(Measure.REFERRAL_DECISION, dates, today), status, due, taken, late);
    }

    @ParameterizedTest(name = "[{index}] referral {0}, started {1}, completed {2} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-01-05 | 2026-01-06 | 2026-03-09 | 2026-04-01 | MET            | 2026-03-09 | 45 | -
            2026-01-05 | 2026-01-06 | 2026-03-10 | 2026-04-01 | MISSED         | 2026-03-09 | 46 | 1
            2026-01-05 | 2026-01-06 | -          | 2026-03-20 | OVERDUE        | 2026-03-09 |  - | 9
            2026-01-05 | 2026-01-06 | -          | 2026-02-20 | PENDING        | 2026-03-09 |  - | -
            2026-01-05 | -          | -          | 2026-04-01 | NOT_APPLICABLE | -          |  - | -
            -          | 2026-01-06 | 2026-03-09 | 2026-04-01 | DATA_MISSING   | -          |  - | -
            """)
    void assessment_status(LocalDate referral, LocalDate started, LocalDate completed, LocalDate today,
    MeasureStatus status,
            LocalDate due, Integer taken, Integer late) {
        CaseDates dates = new CaseDates(referral, referral, List.of(), null, null, started, completed, null,
                null, null, null);

        assertResult(defaults.evaluate(Measure.CF_ASSESSMENT, dates, today), status, due, taken, late);
    }

    @ParameterizedTest(name = "[{index}] ICPC {0}, core group {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2024-12-20 | 2025-01-08 | 2025-02-01 | MET            | 2025-01-08 | 10 | -
            2024-12-20 | 2025-01-09 | 2025-02-01 | MISSED         | 2025-01-08 | 11 | 1
            2024-12-20 | -          | 2025-01-07 | PENDING        | 2025-01-08 |  - | -
            -          | -          | 2025-02-01 | NOT_APPLICABLE | -          |  - | -
            -          | 2025-01-09 | 2025-02-01 | DATA_MISSING   | -          |  - | -
            """)
    void first_core_group_status(LocalDate icpc, LocalDate coreGroup, LocalDate today, MeasureStatus status,
            LocalDate due, Integer taken, Integer late) {
        CaseDates dates = new CaseDates(null, null, List.of(), null, icpc, null, null, coreGroup, null, null,
                S47Outcome.ICPC_REQUIRED);

        assertResult(defaults.evaluate(Measure.FIRST_CORE_GROUP, dates, today), status, due, taken, late);
    }

    // 3 calendar months with LocalDate.plusMonths: a day missing from the target month becomes its last day.
    @ParameterizedTest(name = "[{index}] ICPC {0} + 3 months = {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2025-01-31 | 2025-04-30 | 2025-06-01 | MET     | 2025-04-30 | - | -
            2025-01-31 | 2025-05-01 | 2025-06-01 | MISSED  | 2025-04-30 | - | 1
            2023-11-30 | 2024-02-29 | 2024-06-01 | MET     | 2024-02-29 | - | -
            2025-11-28 | -          | 2026-02-27 | PENDING | 2026-02-28 | - | -
            2025-11-28 | -          | 2026-03-02 | OVERDUE | 2026-02-28 | - | 1
            2026-03-31 | 2026-06-30 | 2026-07-01 | MET     | 2026-06-30 | - | -
            2026-01-15 | 2026-04-16 | 2026-05-01 | MISSED  | 2026-04-15 | - | 1
            """)
    void first_review_conference_status(LocalDate icpc, LocalDate review, LocalDate today, MeasureStatus status,
            LocalDate due, Integer taken, Integer late) {
        CaseDates dates = new CaseDates(null, null, List.of(), null, icpc, null, null, null, review, null,
                S47Outcome.ICPC_REQUIRED);

        assertResult(defaults.evaluate(Measure.FIRST_REVIEW_CONFERENCE, dates, today), status, due, null, late);
    }

    @ParameterizedTest(name = "[{index}] decision {0}, outcome sent {1}, rule {2} {3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-03-06 | 2026-03-09T10:00 |  1 | WORKING_DAYS | 2026-03-20 | MET     | 2026-03-09 | 1 | -
            2026-03-06 | 2026-03-10T09:00 |  1 | WORKING_DAYS | 2026-03-20 | MISSED  | 2026-03-09 | 2 | 1
            2026-03-06 | 2026-03-07T18:00 | 24 | HOURS        | 2026-03-20 | MET     | 2026-03-07 | 0 | -
            2026-03-06 | 2026-03-09T09:00 | 24 | HOURS        | 2026-03-20 | MISSED  | 2026-03-07 | 1 | 1
            2026-03-06 | 2026-03-08T11:59 | 36 | HOURS        | 2026-03-20 | MET     | 2026-03-08 | 0 | -
            2026-03-06 | 2026-03-08T12:01 | 36 | HOURS        | 2026-03-20 | MISSED  | 2026-03-08 | 0 | 0
            2026-03-06 | -                | 24 | HOURS        | 2026-03-07 | PENDING | 2026-03-07 | - | -
            2026-03-06 | -                |  1 | WORKING_DAYS | 2026-03-11 | OVERDUE | 2026-03-09 | - | 2
            """)
    void outcome_to_referrer_status(LocalDate decision, LocalDateTime sent, int amount, TimescaleUnit unit,
    LocalDate today,
            MeasureStatus status, LocalDate due, Integer taken, Integer late) {
        CaseDates dates = new CaseDates(decision, decision, List.of(), null, null, null, null, null, null, sent, null);
        TimescaleEvaluator evaluator = new TimescaleEvaluator(calendar,
                TimescaleSettings.defaults().with(new TimescaleRule(Measure.OUTCOME_TO_REFERRER, amount, unit)));

        assertResult(evaluator.evaluate(Measure.OUTCOME_TO_REFERRER, dates, today), status, due, taken, late);
    }

    /** Exports record only the day the outcome was sent: that day counts as a whole (its end) under any rule. */
    @ParameterizedTest(name = "[{index}] decision {0}, sent on {1}, rule {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-06 | 2026-03-07 | 24 | HOURS        | MET
            2026-03-06 | 2026-03-08 | 24 | HOURS        | MISSED
            2026-03-06 | 2026-03-08 | 48 | HOURS        | MET
            2026-03-06 | 2026-03-08 | 36 | HOURS        | MISSED
            2026-03-06 | 2026-03-09 |  1 | WORKING_DAYS | MET
            2026-03-06 | 2026-03-10 |  1 | WORKING_DAYS | MISSED
            """)
    void a_day_only_record_counts_as_the_whole_day(LocalDate decision, LocalDate sentOn, int amount, TimescaleUnit unit,
            MeasureStatus status) {
        CaseDates dates = new CaseDates(decision, decision, List.of(), null, null, null, null, null, null,
                CaseDates.recordedDay(sentOn), null);
        TimescaleEvaluator evaluator = new TimescaleEvaluator(calendar,
                TimescaleSettings.defaults().with(new TimescaleRule(Measure.OUTCOME_TO_REFERRER, amount, unit)));

        assertThat(evaluator.evaluate(Measure.OUTCOME_TO_REFERRER, dates, LocalDate.of(2026, 3, 20)).status())
                .isEqualTo(status);
    }

    @Test
    void outcome_to_referrer_waits_for_a_referral_decision_that_is_not_yet_due() {
        CaseDates pending = new CaseDates(LocalDate.of(2026, 3, 6), null, List.of(), null, null, null, null, null,
                null, null, null);

        assertThat(defaults.evaluate(Measure.OUTCOME_TO_REFERRER, pending, LocalDate.of(2026, 3, 9)).status())
                .isEqualTo(MeasureStatus.PENDING);
        assertThat(defaults.evaluate(Measure.OUTCOME_TO_REFERRER, pending, LocalDate.of(2026, 3, 10)).status())
                .isEqualTo(MeasureStatus.DATA_MISSING);
    }

    @Test
    void icpc_explanation_says_how_it_was_computed() {
        CaseDates dates = new CaseDates(null, null, List.of(LocalDate.of(2026, 3, 3)), LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 26), null, null, null, null, null, S47Outcome.ICPC_REQUIRED);

        MeasureResult result = defaults.evaluate(Measure.ICPC, dates, TODAY);

        assertThat(result.explanation())
                .isEqualTo(
                "strategy discussion 03/03/2026, ICPC 26/03/2026: 17 working days; due 24/03/2026; calendar version 3");
        assertThat(result.calendarVersion()).isEqualTo(3);
    }

    @Test
    void review_explanation_states_the_month_end_rule() {
        CaseDates dates = new CaseDates(null, null, List.of(), null, LocalDate.of(2025, 1, 31), null, null, null,
                LocalDate.of(2025, 4, 30), null, S47Outcome.ICPC_REQUIRED);

        assertThat(defaults.evaluate(Measure.FIRST_REVIEW_CONFERENCE, dates, TODAY).explanation())
                .startsWith("ICPC 31/01/2025, first review conference 30/04/2025: ")
                .contains(
                "due 30/04/2025 (3 calendar months; a day missing from the shorter month becomes its last day)");
    }

    @Test
    void a_result_computed_with_rule_based_holidays_says_so() {
        CaseDates dates = new CaseDates(null, null, List.of(LocalDate.of(2030, 12, 20)), LocalDate.of(2030, 12, 20),
                null, null, null, null, null, null, S47Outcome.ICPC_REQUIRED);

        MeasureResult result = defaults.evaluate(Measure.ICPC, dates, LocalDate.of(2031, 1, 20));

        // 23, 24, 27, 30, 31 Dec 2030 (25, 26 holidays), 2, 3, 6-10, 13, 14, 15 Jan 2031 (1 Jan holiday)
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2031, 1, 15));
        assertThat(result.status()).isEqualTo(MeasureStatus.OVERDUE);
        assertThat(result.fallbackUsed()).isTrue();
        assertThat(result.stamp().fallbackYears()).containsExactly(2030, 2031);
        assertThat(result.explanation()).endsWith("calendar version 3 (rule-based holidays for 2030, 2031)");
    }

    @Test
    void a_date_the_calendar_cannot_handle_is_reported_as_data_missing() {
        CaseDates dates = new CaseDates(LocalDate.of(206, 3, 6), null, List.of(), null, null, null, null, null,
                null, null, null);

        MeasureResult result = defaults.evaluate(Measure.REFERRAL_DECISION, dates, TODAY);

        assertThat(result.status()).isEqualTo(MeasureStatus.DATA_MISSING);
        assertThat(result.explanation()).contains("outside the years");
    }

    @Test
    void evaluates_every_measure_in_order() {
        CaseDates dates = new CaseDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), List.of(
                LocalDate.of(2026, 3, 3)),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 3), null, null, null,
                LocalDateTime.of(2026, 3, 4, 9, 30), S47Outcome.ICPC_REQUIRED);

        TimescaleEvaluation evaluation = defaults.evaluate(dates, LocalDate.of(2026, 4, 20));

        assertThat(evaluation.results()).extracting(MeasureResult::measure).containsExactly(Measure.values());
        assertThat(evaluation.result(Measure.REFERRAL_DECISION).status()).isEqualTo(MeasureStatus.MET);
        assertThat(evaluation.result(Measure.ICPC).status()).isEqualTo(MeasureStatus.MISSED);
        assertThat(evaluation.result(Measure.CF_ASSESSMENT).status()).isEqualTo(MeasureStatus.PENDING);
        assertThat(evaluation.result(Measure.FIRST_CORE_GROUP).status()).isEqualTo(MeasureStatus.OVERDUE);
        assertThat(evaluation.result(Measure.FIRST_REVIEW_CONFERENCE).status()).isEqualTo(MeasureStatus.PENDING);
        assertThat(evaluation.result(Measure.OUTCOME_TO_REFERRER).status()).isEqualTo(MeasureStatus.MET);
        assertThat(evaluation.calendarVersion()).isEqualTo(3);
    }

    private static void assertResult(MeasureResult result, MeasureStatus status, LocalDate due, Integer taken,
            Integer late) {
        assertThat(result.status()).as(result.explanation()).isEqualTo(status);
        assertThat(result.dueDate()).as(result.explanation()).isEqualTo(due);
        if (taken != null) {
            assertThat(result.workingDaysTaken()).as(result.explanation()).isEqualTo(taken);
        }
        assertThat(result.workingDaysLate()).as(result.explanation()).isEqualTo(late);
        assertThat(result.explanation()).isNotBlank();
    }
}
