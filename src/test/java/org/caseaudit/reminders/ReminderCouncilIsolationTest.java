package org.caseaudit.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.TestCases;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserDetailsForm;
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
    @Autowired AuditService audits;
    @Autowired UserService users;
    @Autowired TestCases cases;
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

    private String auditorOfA() {
        String username = "remiso" + System.nanoTime() % 1_000_000;
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Ines Okafor");
        form.setEmail(username + "@example.org");
        form.setTeam("MASH");
        form.setRoles(Set.of(Role.AUDITOR));
        as("admin", () -> users.create(form, "a long enough passphrase 1"), Roles.ADMIN);
        return username;
    }

    private int outboxRows(String username, long council) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE username = ? AND council_id = ?",
                Integer.class, username, council);
    }

    @Test
    void a_council_digest_run_reaches_its_own_members_only() {
        String auditor = auditorOfA();
        String reference = "REM-ISO-" + System.nanoTime();
        long caseId = cases.add(AuditFixtures.s47Case(reference));
        LocalDate today = LocalDate.now(clock);
        as("lead", () -> audits.assign(List.of(new AuditAssignment(880_000 + caseId % 100_000, caseId, reference,
                "s47-enquiry", 1, auditor, null, true, today.minusDays(1)))), Roles.AUDIT_LEAD);

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
        String auditor = auditorOfA();
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
