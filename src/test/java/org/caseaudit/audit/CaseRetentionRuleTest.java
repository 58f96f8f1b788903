package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseaudit.audit.CaseRetentionRule.RegisterAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of case-data retention (decision 0010), as a table. */
class CaseRetentionRuleTest {

    @ParameterizedTest(name = "{0} minus {1} months -> {2}")
    @CsvSource({
            "2026-11-20, 24, 2024-11-20",
            "2026-11-20, 36, 2023-11-20",
            "2024-02-29, 12, 2023-02-28",
            "2026-03-31, 13, 2025-02-28",
            // a shorter period than the floor counts as the floor
            "2026-11-20, 6, 2025-11-20",
            "2026-11-20, 0, 2025-11-20"})
    void the_cut_off_counts_back_whole_months_never_fewer_than_twelve(LocalDate today, int months, LocalDate cutoff) {
        assertThat(CaseRetentionRule.cutoff(today, months)).isEqualTo(cutoff);
    }

    @ParameterizedTest(name = "last activity {0}, named {1}, open cycle {2}, anonymised {3} -> {4}")
    @CsvSource({
            // last activity on or after the cut-off: always kept
            "2024-11-20, false, false, false, KEEP",
            "2026-01-01, true,  false, false, KEEP",
            // expired and named by nothing: deleted
            "2024-11-19, false, false, false, DELETE",
            "2019-01-01, false, false, false, DELETE",
            // expired and named by a sample or an audit: anonymised, once
            "2024-11-19, true,  false, false, ANONYMISE",
            "2019-01-01, true,  false, true,  KEEP",
            // a cycle that is not complete keeps its cases as they are
            "2019-01-01, true,  true,  false, KEEP",
            "2019-01-01, false, true,  false, KEEP"})
    void register_rows(LocalDate lastActivity, boolean named, boolean inOpenCycle, boolean anonymised,
                       RegisterAction expected) {
        assertThat(CaseRetentionRule.register(lastActivity, named, inOpenCycle, anonymised, LocalDate.of(2024, 11, 20)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "complete {0}, ended {1}, free text {2} -> {3}")
    @CsvSource({
            "true,  2023-11-19, true,  true",
            "true,  2023-11-20, true,  false",
            "true,  2026-10-31, true,  false",
            "false, 2020-01-31, true,  false",
            "true,  2020-01-31, false, false"})
    void audits_lose_their_free_text_only_when_their_cycle_is_complete_and_ended_before_the_cut_off(
            boolean complete, LocalDate ended, boolean freeText, boolean expected) {
        assertThat(CaseRetentionRule.anonymiseAudit(complete, ended, freeText, LocalDate.of(2023, 11, 20)))
                .isEqualTo(expected);
    }
}
