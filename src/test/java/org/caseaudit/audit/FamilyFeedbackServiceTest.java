package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.internal.PracticeAudits;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.MutableClock;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CouncilScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family feedback link on MariaDB: single use, expiry by the clock, the same answer for unknown, expired and used
 * tokens, only the token's hash stored, rate limits per address, and the audit trail of every issue and use.
 */
@IntegrationTest
class FamilyFeedbackServiceTest {

    private static final FamilyFeedbackInput ANSWERS = new FamilyFeedbackInput(FeedbackAnswer.YES,
            FeedbackAnswer.MOSTLY,
            FeedbackAnswer.NOT_REALLY, "The worker listened to my son");

    @Autowired FamilyFeedbackService service;
    @Autowired PracticeFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired PracticeAudits audits;
    @Autowired CurrentUser currentUser;
    @Autowired ApplicationEventPublisher trail;
    @Autowired Clock clock;

    private static String token(IssuedFeedbackLink link) {
        return link.path().substring(FamilyFeedbackService.ROUTE.length() + 1);
    }

    private int trailRows(String action, long linkId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?",
                Integer.class, action, String.valueOf(linkId));
    }

    /** The service on a clock the test moves, and with its own rate limit. */
    private FamilyFeedbackService on(MutableClock movable, int attempts) {
        return new FamilyFeedbackService(jdbc, audits, currentUser, trail, movable, Duration.ofDays(28), attempts,
                Duration.ofMinutes(10));
    }

    @Test
    void a_link_is_answered_once_and_the_answers_are_attached_to_the_audit() {
        long cycle = fixtures.cycle("Feedback once");
        long audit = fixtures.audit(cycle, "auditor");
        IssuedFeedbackLink link = as("auditor", () -> service.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR);
        String token = token(link);

        assertThat(service.check(token, "10.1.0.1")).isEqualTo(FeedbackLinkState.OPEN);
        assertThat(service.submit(token, ANSWERS, "10.1.0.1")).isEqualTo(FeedbackLinkState.ACCEPTED);
        assertThat(service.submit(token, ANSWERS, "10.1.0.1")).isEqualTo(FeedbackLinkState.UNAVAILABLE);
        assertThat(service.check(token, "10.1.0.1")).isEqualTo(FeedbackLinkState.UNAVAILABLE);

        List<FamilyFeedback> feedback = as("auditor", () -> service.forAudit(audit), Roles.AUDITOR);
        assertThat(feedback).singleElement().satisfies(f -> {
            assertThat(f.answered()).isTrue();
            assertThat(f.madeDifference()).isEqualTo(FeedbackAnswer.NOT_REALLY);
            assertThat(f.comments()).isEqualTo("The worker listened to my son");
        });
        assertThat(trailRows("FAMILY_FEEDBACK_LINK_ISSUED", link.linkId())).isEqualTo(1);
        assertThat(trailRows("FAMILY_FEEDBACK_LINK_OPENED", link.linkId())).isEqualTo(1);
        assertThat(trailRows("FAMILY_FEEDBACK_ANSWERED", link.linkId())).isEqualTo(1);
        assertThat(trailRows("FAMILY_FEEDBACK_LINK_REFUSED", link.linkId())).isEqualTo(2);
    }

    @Test
    void the_anonymous_family_rows_go_to_the_trail_of_the_link_council() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('ISO-FF', 'Feedback council B',"
                + " UTC_TIMESTAMP(6))");
        long councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'ISO-FF'", Long.class);
        // council B's own auditor, so the fixture's lead can assign B's drawn sample (only B's people may audit it)
        jdbc.update("INSERT IGNORE INTO app_user (username, username_key, full_name, password_hash, created_at)"
                + " VALUES ('ff-auditor-b', 'ff-auditor-b', 'Auditor of council B', '{noop}x', UTC_TIMESTAMP(6))");
        long auditorB = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'ff-auditor-b'", Long.class);
        jdbc.update("INSERT IGNORE INTO app_user_role (user_id, role) VALUES (?, 'AUDITOR')", auditorB);
        jdbc.update("INSERT IGNORE INTO app_user_council (user_id, council_id) VALUES (?, ?)", auditorB, councilB);
        IssuedFeedbackLink link = CouncilScope.call(councilB, () -> {
            long audit = fixtures.audit(fixtures.cycle("Feedback in council B"), "auditor");
            return as("auditor", () -> service.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR);
        });
        String token = token(link);

        assertThat(service.check(token, "10.1.0.9")).isEqualTo(FeedbackLinkState.OPEN);
        assertThat(service.submit(token, ANSWERS, "10.1.0.9")).isEqualTo(FeedbackLinkState.ACCEPTED);
        assertThat(service.check(token, "10.1.0.9")).isEqualTo(FeedbackLinkState.UNAVAILABLE);

        assertThat(jdbc.queryForList("SELECT CONCAT(action, '@', council_id) FROM audit_event WHERE target_id = ?"
                + " AND action LIKE 'FAMILY_FEEDBACK%' ORDER BY id", String.class, String.valueOf(link.linkId())))
                .containsExactly("FAMILY_FEEDBACK_LINK_ISSUED@" + councilB, "FAMILY_FEEDBACK_LINK_OPENED@" + councilB,
                        "FAMILY_FEEDBACK_ANSWERED@" + councilB, "FAMILY_FEEDBACK_LINK_REFUSED@" + councilB);
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        long audit = fixtures.audit(fixtures.cycle("Feedback hash"), "auditor");
        IssuedFeedbackLink link = as("auditor", () -> service.issue(audit, FeedbackRespondent.YOUNG_PERSON),
                Roles.AUDITOR);

        String stored = jdbc.queryForObject("SELECT token_hash FROM family_feedback_link WHERE id = ?", String.class,
                link.linkId());
        assertThat(stored).isEqualTo(FamilyFeedbackService.hash(token(link))).doesNotContain(token(link));
    }

    @Test
    void a_link_expires_after_its_validity_by_the_clock() {
        MutableClock movable = new MutableClock(clock.instant());
        FamilyFeedbackService moving = on(movable, 100);
        long audit = fixtures.audit(fixtures.cycle("Feedback expiry"), "auditor");
        IssuedFeedbackLink link = as("auditor", () -> moving.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR);

        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(28)));
        movable.advance(Duration.ofDays(28).minusSeconds(1));
        assertThat(moving.check(token(link), "10.1.0.2")).isEqualTo(FeedbackLinkState.OPEN);
        movable.advance(Duration.ofSeconds(1));
        assertThat(moving.check(token(link), "10.1.0.2")).isEqualTo(FeedbackLinkState.UNAVAILABLE);
        assertThat(moving.submit(token(link), ANSWERS, "10.1.0.2")).isEqualTo(FeedbackLinkState.UNAVAILABLE);
    }

    @Test
    void unknown_malformed_and_used_tokens_get_the_same_answer() {
        long audit = fixtures.audit(fixtures.cycle("Feedback unknown"), "auditor");
        IssuedFeedbackLink link = as("auditor", () -> service.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR);
        service.submit(token(link), ANSWERS, "10.1.0.3");

        assertThat(List.of(service.check("A".repeat(43), "10.1.0.3"), service.check("not-a-token", "10.1.0.3"),
                service.check(null, "10.1.0.3"), service.check(token(link), "10.1.0.3")))
                .containsOnly(FeedbackLinkState.UNAVAILABLE);
    }

    @Test
    void an_address_over_its_allowance_is_told_to_try_later_while_another_address_is_not() {
        MutableClock movable = new MutableClock(clock.instant());
        FamilyFeedbackService limited = on(movable, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limited.check("B".repeat(43), "10.9.9.9")).isEqualTo(FeedbackLinkState.UNAVAILABLE);
        }
        assertThat(limited.check("B".repeat(43), "10.9.9.9")).isEqualTo(FeedbackLinkState.TOO_MANY_ATTEMPTS);
        assertThat(limited.check("B".repeat(43), "10.9.9.8")).isEqualTo(FeedbackLinkState.UNAVAILABLE);
        movable.advance(Duration.ofMinutes(10));
        assertThat(limited.check("B".repeat(43), "10.9.9.9")).isEqualTo(FeedbackLinkState.UNAVAILABLE);
    }

    @Test
    void incomplete_answers_are_refused_naming_the_field_and_the_link_stays_usable() {
        long audit = fixtures.audit(fixtures.cycle("Feedback incomplete"), "auditor");
        IssuedFeedbackLink link = as("auditor", () -> service.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR);

        assertThatThrownBy(() -> service.submit(token(link), new FamilyFeedbackInput(FeedbackAnswer.YES, null,
                FeedbackAnswer.NO, null), "10.1.0.4")).isInstanceOf(AuditStateException.class)
                .hasMessageContaining("Understood");
        assertThat(service.check(token(link), "10.1.0.4")).isEqualTo(FeedbackLinkState.OPEN);
    }

    @Test
    void response_rates_count_links_sent_answered_and_expired_per_cycle() {
        MutableClock movable = new MutableClock(clock.instant());
        FamilyFeedbackService moving = on(movable, 100);
        long cycle = fixtures.cycle("Feedback rates");
        long audit = fixtures.audit(cycle, "auditor");
        IssuedFeedbackLink answered = as("auditor", () -> moving.issue(audit, FeedbackRespondent.PARENT),
                Roles.AUDITOR);
        as("auditor", () -> moving.issue(audit, FeedbackRespondent.YOUNG_PERSON), Roles.AUDITOR);
        as("auditor", () -> moving.issue(audit, FeedbackRespondent.PARENT), Roles.AUDITOR);
        moving.submit(token(answered), ANSWERS, "10.1.0.5");
        movable.advance(Duration.ofDays(29));

        assertThat(as("lead", () -> moving.responseRates(List.of(cycle)), Roles.AUDIT_LEAD))
                .containsExactly(new FeedbackResponseRate(cycle, 3, 1, 2));
    }
}
