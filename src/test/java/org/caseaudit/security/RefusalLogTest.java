package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

/** The rate limit on recording refusals, on a clock the test moves. */
class RefusalLogTest {

    record Row(String actor, String action, String detail, String address, AuditTrail.Outcome outcome) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final AuditTrail trail = new AuditTrail(null, null, null) {
        @Override
        public void record(String actor, String action, String targetType, String targetId, String detail,
                           String remoteAddress, Outcome outcome) {
            rows.add(new Row(actor, action, detail, remoteAddress, outcome));
        }
    };
    private final RefusalLog log = new RefusalLog(trail, new CurrentUser(), TransactionOperations.withoutTransaction(),
            clock, 3, 5);

    @Test
    void a_flood_from_one_user_is_cut_at_the_per_user_limit_and_the_dropped_ones_are_counted_later() {
        for (int i = 0; i < 10; i++) {
            log.record("auditor2", "10.0.0.2", "SERVICE_DENIED", "service", "AuditService.open",
                    "arguments (" + i + ")");
        }
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(AuditTrail.Outcome.DENIED);
            assertThat(r.actor()).isEqualTo("auditor2");
            assertThat(r.address()).isEqualTo("10.0.0.2");
        });
        assertThat(log.record("moderator", "10.0.0.3", "ROUTE_DENIED", "route", "/admin/users", null))
                .as("another user is not held back by the first").isTrue();

        clock.advance(Duration.ofMinutes(1));
        log.record("auditor2", "10.0.0.2", "SERVICE_DENIED", "service", "AuditService.open", "arguments (11)");
        assertThat(rows.getLast().detail()).contains("arguments (11)").contains("and 7 more refusal(s) of this user");
    }

    @Test
    void the_total_per_minute_caps_refusals_from_many_users() {
        for (int i = 0; i < 20; i++) {
            log.record("user" + i, null, "ROUTE_DENIED", "route", "/admin/users", null);
        }
        assertThat(rows).hasSize(5);
        clock.advance(Duration.ofSeconds(12));
        assertThat(log.record("late", null, "ROUTE_DENIED", "route", "/admin/users", null))
                .as("the allowance refills over the minute").isTrue();
    }

    @Test
    void anonymous_refusals_are_limited_per_client_address() {
        for (int i = 0; i < 4; i++) {
            log.record(null, "10.0.0.9", "SIGN_IN_REFUSED", "sign-in", null, null);
        }
        log.record(null, "10.0.0.10", "SIGN_IN_REFUSED", "sign-in", null, null);
        assertThat(rows).extracting(Row::address).containsExactly("10.0.0.9", "10.0.0.9", "10.0.0.9", "10.0.0.10");
        assertThat(rows).extracting(Row::actor).containsOnly("anonymous");
    }
}
