package org.caseaudit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class TimescaleServiceTest {

    private static final CaseDates TWO_DISCUSSIONS = new CaseDates(null, null,
            List.of(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10)), LocalDate.of(2026, 3, 3),
            LocalDate.of(2026, 3, 26), null, null, null, null, null, S47Outcome.ICPC_REQUIRED);

    @Autowired
    TimescaleService timescales;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void the_migration_seeds_the_national_defaults() {
        assertThat(timescales.settingRows()).extracting(TimescaleSettingInfo::rule)
                .containsExactlyElementsOf(TimescaleSettings.defaults().rules().values().stream()
                        .sorted(java.util.Comparator.comparing(TimescaleRule::measure)).toList());
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void any_signed_in_user_can_evaluate_a_case_but_not_change_the_settings() {
        TimescaleEvaluation evaluation = timescales.evaluate(TWO_DISCUSSIONS, LocalDate.of(2026, 4, 1));

        assertThat(evaluation.result(Measure.ICPC).status()).isEqualTo(MeasureStatus.MISSED);
        assertThat(evaluation.calendarVersion()).isPositive();
        assertThatThrownBy(() -> timescales.updateRule(new TimescaleRule(Measure.ICPC, 20,
                TimescaleUnit.WORKING_DAYS), 0))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_switches_the_icpc_clock_to_the_last_strategy_discussion_and_the_trail_records_it() {
        TimescaleSettingInfo before = row(Measure.ICPC);
        try {
            TimescaleSettingInfo after = timescales.updateRule(
                    new TimescaleRule(Measure.ICPC, 15, TimescaleUnit.WORKING_DAYS, StrategyDiscussionChoice.LAST),
                    before.version());

            assertThat(after.updatedBy()).isEqualTo("admin");
            MeasureResult icpc = timescales.evaluate(TWO_DISCUSSIONS, LocalDate.of(2026, 4, 1)).result(Measure.ICPC);
            assertThat(icpc.status()).isEqualTo(MeasureStatus.MET);
            assertThat(icpc.startDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(jdbc.queryForObject(
                    "select detail from audit_event where action = 'TIMESCALE_SETTING_CHANGED' and target_id = 'ICPC' "
                    + "order by id desc limit 1",
                    String.class)).isEqualTo(
                    "15 working days, FIRST strategy discussion -> 15 working days, LAST strategy discussion");
            assertThatThrownBy(() -> timescales.updateRule(before.rule(), before.version()))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        } finally {
            timescales.updateRule(before.rule(), row(Measure.ICPC).version());
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_outcome_to_referrer_can_be_a_rule_in_hours() {
        TimescaleSettingInfo before = row(Measure.OUTCOME_TO_REFERRER);
        try {
            timescales.updateRule(new TimescaleRule(Measure.OUTCOME_TO_REFERRER, 24, TimescaleUnit.HOURS),
                    before.version());
            CaseDates dates = new CaseDates(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), List.of(),
                    null, null, null,
                    null, null, null, LocalDate.of(2026, 3, 9).atTime(9, 0), null);

            MeasureResult result = timescales.evaluate(dates, LocalDate.of(2026, 3, 20)).result(
                    Measure.OUTCOME_TO_REFERRER);

            assertThat(result.status()).isEqualTo(MeasureStatus.MISSED);
            assertThat(result.explanation()).contains("24 hours from the end of 06/03/2026");
        } finally {
            timescales.updateRule(before.rule(), row(Measure.OUTCOME_TO_REFERRER).version());
        }
    }

    private TimescaleSettingInfo row(Measure measure) {
        return timescales.settingRows().stream().filter(r -> r.rule().measure() == measure).findFirst().orElseThrow();
    }
}
