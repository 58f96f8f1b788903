package org.caseaudit.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Reminder emails on a fixed clock, received by GreenMail: the digest's working-day counts, immediate assignment
 * messages, opt-out and compulsory overdue reminders, retries and failures, and no case details in any message.
 */
@IntegrationTest
@Tag("clock")
class ReminderMailTest {

    @Autowired ReminderService reminders;
    @Autowired MailOutbox outbox;
    @Autowired ReminderFixtures fixtures;
    @Autowired TimescaleService timescales;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private GreenMail smtp;
    private JavaMailSenderImpl sender;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        outbox.dispatch(null); // whatever earlier tests queued is logged, not counted here
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private void assign(String auditor, LocalDate due) {
        fixtures.assign(auditor, "SECRET-REF-", due);
    }

    private List<MimeMessage> send() {
        outbox.dispatch(sender);
        received.clear();
        received.addAll(List.of(smtp.getReceivedMessages()));
        return received;
    }

    private static List<MimeMessage> to(List<MimeMessage> all, String username) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : all) {
            if (m.getAllRecipients()[0].toString().startsWith(username + "@")) {
                mine.add(m);
            }
        }
        return mine;
    }

    @Test
    void the_digest_counts_work_due_within_three_working_days_of_the_calendar_and_overdue() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var calendar = as("lead", () -> timescales.evaluator().calendar(), Roles.AUDIT_LEAD);
        LocalDate third = calendar.addWorkingDays(today, 3).end();
        String u = fixtures.newAuditor("digest");
        assign(u, third);                         // due within 3 working days
        assign(u, calendar.addWorkingDays(today, 4).end()); // not yet
        assign(u, today.minusDays(1));            // overdue

        int queued = as("admin", () -> reminders.queueDigests(today), Roles.ADMIN);
        assertThat(queued).isPositive();
        assertThat(as("admin", () -> reminders.queueDigests(today), Roles.ADMIN)).as("once a day").isZero();

        List<MimeMessage> mine = to(send(), u);
        assertThat(mine).hasSize(1);
        String body = GreenMailUtil.getBody(mine.getFirst()).replace("\r", "");
        assertThat(mine.getFirst().getSubject()).isEqualTo("Case audit: 5 items need you");
        assertThat(body).contains("- 1 audit or moderation overdue")
                .contains("- 1 audit or moderation due within 3 working days")
                .contains("- 3 audits or moderations assigned to you not started")
                .contains("http://localhost:8080");
        assertNoCaseDetails();
    }

    @Test
    void immediate_users_get_the_assignment_at_once_and_opted_out_users_only_compulsory_overdue() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String eager = fixtures.newAuditor("eager");
        as(eager, () -> {
            reminders.setMyMode(MailMode.IMMEDIATE);
            return null;
        }, Roles.AUDITOR);
        assign(eager, today.plusDays(20));
        List<MimeMessage> eagerMail = to(send(), eager);
        assertThat(eagerMail).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Case audit: new work assigned to you");
            assertThat(GreenMailUtil.getBody(m)).contains("1 audit and 0 moderations")
                    .as("the link opens the auditor's list").contains("http://localhost:8080/my-audits");
        });

        String quiet = fixtures.newAuditor("quiet");
        as(quiet, () -> {
            reminders.setMyMode(MailMode.NONE);
            return null;
        }, Roles.AUDITOR);
        assign(quiet, today.minusDays(2));
        assign(quiet, today.plusDays(1));
        as("admin", () -> reminders.queueDigests(today), Roles.ADMIN);
        assertThat(to(send(), quiet)).as("opted out").isEmpty();

        as("admin", () -> {
            reminders.setOverdueCompulsory(true);
            return null;
        }, Roles.ADMIN);
        try {
            jdbc.update("DELETE FROM mail_outbox WHERE username = ?", quiet); // a new day for this user
            as("admin", () -> reminders.queueDigests(today), Roles.ADMIN);
            List<MimeMessage> quietMail = to(send(), quiet);
            assertThat(quietMail).singleElement().satisfies(m -> assertThat(GreenMailUtil.getBody(m))
                    .contains("- 1 audit or moderation overdue").doesNotContain("due within")
                    .doesNotContain("not started"));
        } finally {
            as("admin", () -> {
                reminders.setOverdueCompulsory(false);
                return null;
            }, Roles.ADMIN);
        }
        assertNoCaseDetails();
    }

    @Test
    void a_failing_server_is_retried_then_the_failure_is_recorded_and_shown_to_administrators() {
        String u = fixtures.newAuditor("retry");
        outbox.queue(u, u + "@example.org", "DIGEST", Messages.digest(new Counts(1, 0, 0, 0, 0, 0, 0), 3, "http://x"));
        JavaMailSenderImpl broken = new JavaMailSenderImpl() {
            @Override
            public void send(org.springframework.mail.SimpleMailMessage... messages) {
                throw new MailSendException("connection refused");
            }
        };
        for (int attempt = 1; attempt <= MailOutbox.MAX_ATTEMPTS; attempt++) {
            jdbc.update("UPDATE mail_outbox SET next_attempt_at = '2000-01-01' WHERE username = ?", u); // due now
            outbox.dispatch(broken);
            assertThat(jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE username = ?", Integer.class, u))
                    .isEqualTo(attempt);
        }
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE username = ?", String.class, u))
                .isEqualTo("FAILED");
        assertThat(as("admin", () -> reminders.failures(), Roles.ADMIN)).anySatisfy(f -> {
            assertThat(f.username()).isEqualTo(u);
            assertThat(f.error()).contains("connection refused");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'MAIL_FAILED'", Integer.class))
                .isPositive();

        long id = jdbc.queryForObject("SELECT id FROM mail_outbox WHERE username = ?", Long.class, u);
        as("admin", () -> {
            reminders.retry(id);
            return null;
        }, Roles.ADMIN);
        outbox.dispatch(null); // no SMTP server configured: logged instead
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, id))
        .isEqualTo("LOGGED");
    }

    /** Every message received: no case reference, no person's name, no team (link and counts only). */
    private void assertNoCaseDetails() throws Exception {
        List<String> forbidden = new ArrayList<>(jdbc.queryForList("SELECT case_reference FROM case_record",
                String.class));
        forbidden.addAll(jdbc.queryForList("SELECT full_name FROM app_user", String.class));
        forbidden.addAll(jdbc.queryForList("SELECT name FROM team", String.class));
        forbidden.add("SECRET-REF");
        assertThat(received).isNotEmpty();
        for (MimeMessage m : received) {
            String text = m.getSubject() + "\n" + GreenMailUtil.getBody(m);
            for (String f : forbidden) {
                assertThat(text).as("message to %s", (Object) m.getAllRecipients()).doesNotContain(f);
            }
        }
    }
}
