package org.caseaudit.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decision 0012 for reminders: a council's digest run reaches that council's members only, its mail dispatch sends
 * that council's queue only, and another council's administrators neither see nor retry its failed messages.
 */
@IntegrationTest
class ReminderCouncilIsolationTest {

    @Autowired ReminderService reminders;
    @Autowired MailOutbox outbox;
    @Autowired UserService users;
    @Autowired ReminderFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private final long councilA = CurrentCouncil.INSTALLATION_COUNCIL;
    private long councilB;

    @BeforeEach
    void council_b() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('ISO-RM', 'Reminder council B',"
                + " UTC_TIMESTAMP(6))");
        councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'ISO-RM'", Long.class);
    }

    private int outboxRows(String username, long council) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE username = ? AND council_id = ?",
                Integer.class, username, council);
    }

    @Test
    void a_council_digest_run_reaches_its_own_members_only() {
        String auditor = fixtures.newAuditor("remiso");
        LocalDate today = LocalDate.now(clock);
        fixtures.assign(auditor, "REM-ISO-", today.minusDays(1));

        CouncilScope.run(councilB, () -> {
            assertThat(as("admin", () -> users.findAll(), Roles.ADMIN)).extracting(u -> u.username())
                    .doesNotContain(auditor);
            as("system", () -> reminders.queueDigests(today), Roles.ADMIN);
        });
        assertThat(outboxRows(auditor, councilB)).as("council B's run").isZero();
        assertThat(outboxRows(auditor, councilA)).isZero();

        as("system", () -> reminders.queueDigests(today), Roles.ADMIN);
        assertThat(outboxRows(auditor, councilA)).as("council A's run").isEqualTo(1);
    }

    @Test
    void a_council_sends_and_administers_only_its_own_mail() {
        String auditor = fixtures.newAuditor("remiso");
        outbox.queue(auditor, auditor + "@example.org", ReminderEvents.ASSIGNED, new Messages.Message("s", "b"));
        long queued = jdbc.queryForObject("SELECT MAX(id) FROM mail_outbox WHERE username = ?", Long.class, auditor);

        CouncilScope.run(councilB, () -> outbox.dispatch(null));
        assertThat(status(queued)).as("council B's dispatch leaves A's queue").isEqualTo("QUEUED");
        outbox.dispatch(null);
        assertThat(status(queued)).isEqualTo("LOGGED");

        jdbc.update("UPDATE mail_outbox SET status = 'FAILED', attempts = 5 WHERE id = ?", queued);
        CouncilScope.run(councilB, () -> {
            assertThat(as("admin", () -> reminders.failures(), Roles.ADMIN)).extracting(ReminderService.FailedMail::id)
                    .doesNotContain(queued);
            AuditFixtures.asRun("admin", () -> reminders.retry(queued), Roles.ADMIN);
        });
        assertThat(status(queued)).as("retried from council B").isEqualTo("FAILED");

        assertThat(as("admin", () -> reminders.failures(), Roles.ADMIN)).extracting(ReminderService.FailedMail::id)
                .contains(queued);
        AuditFixtures.asRun("admin", () -> reminders.retry(queued), Roles.ADMIN);
        assertThat(status(queued)).isEqualTo("QUEUED");
        outbox.dispatch(null);
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, id);
    }
}
