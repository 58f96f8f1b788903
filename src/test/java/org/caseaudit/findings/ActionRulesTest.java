package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue and RAG with a fixed clock: Wednesday 11/11/2026 at 23:30 in London (still the 11th there). */
class ActionRulesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-11T23:30:00Z"), ZoneId.of("Europe/London"));

    @ParameterizedTest(name = "{0}, due {1} -> overdue {2}, {3} ({4})")
    @CsvSource(nullValues = "null", value = {
            "NOT_STARTED, 2026-11-10, true,  RED,   overdue",
            "IN_PROGRESS, 2026-11-10, true,  RED,   overdue",
            "IN_PROGRESS, 2025-01-01, true,  RED,   overdue",
            "COMPLETE,    2026-11-10, false, GREEN, complete",
            "IN_PROGRESS, 2026-11-11, false, AMBER, due soon",
            "NOT_STARTED, 2026-11-11, false, AMBER, due soon",
            "IN_PROGRESS, 2026-11-25, false, AMBER, due soon",
            "IN_PROGRESS, 2026-11-26, false, GREEN, on track",
            "NOT_STARTED, 2026-11-26, false, AMBER, not started",
            "NOT_STARTED, null,       false, AMBER, not started",
            "IN_PROGRESS, null,       false, GREEN, on track",
            "COMPLETE,    null,       false, GREEN, complete",
    })
    void overdue_and_rag_follow_the_due_date_and_the_clock(ActionStatus status, LocalDate due, boolean overdue,
            Rag rag, String reason) {
        LocalDate today = LocalDate.now(CLOCK);
        assertThat(today).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(ActionRules.overdue(status, due, today)).isEqualTo(overdue);
        assertThat(ActionRules.rag(status, due, today)).isEqualTo(rag);
        assertThat(ActionRules.reason(status, due, today)).isEqualTo(reason);
    }
}
