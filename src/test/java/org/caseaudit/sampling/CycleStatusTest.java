package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cycle's stage rules, on the enum: when a sample may be drawn, when the lead moves it on, and to what. */
class CycleStatusTest {

    @ParameterizedTest
    @CsvSource({
            // status,     canDraw, canAdvance, next
            "PLANNED,      true,    false,      SAMPLING",
            "SAMPLING,     true,    false,      IN_PROGRESS",
            "IN_PROGRESS,  false,   true,       MODERATION",
            "MODERATION,   false,   true,       COMPLETE",
            "COMPLETE,     false,   false,      ''",
    })
    void each_stage_says_what_it_allows_and_what_comes_next(CycleStatus status, boolean canDraw, boolean canAdvance,
            String next) {
        assertThat(status.canDraw()).isEqualTo(canDraw);
        assertThat(status.canAdvance()).isEqualTo(canAdvance);
        assertThat(status.next().map(Enum::name).orElse("")).isEqualTo(next == null ? "" : next);
    }

    @ParameterizedTest
    @CsvSource({
            "PLANNED,     PLANNED,     true",
            "PLANNED,     SAMPLING,    true",
            "PLANNED,     IN_PROGRESS, false",
            "SAMPLING,    SAMPLING,    true",
            "SAMPLING,    IN_PROGRESS, true",
            "IN_PROGRESS, SAMPLING,    false",
            "MODERATION,  COMPLETE,    true",
            "COMPLETE,    PLANNED,     false",
            "COMPLETE,    COMPLETE,    true",
    })
    void a_cycle_moves_only_to_its_own_stage_or_the_next(CycleStatus from, CycleStatus to, boolean allowed) {
        assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
    }
}
