package org.caseaudit.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.audit.AuditShared;
import org.caseaudit.audit.WorkAssigned;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When reminders are made: at an assignment or a share (a message at once to users who chose immediate messages,
 * after the change has committed), and the daily digest on working-day mornings.
 */
@Component
class ReminderEvents {

    static final String ASSIGNED = "ASSIGNED";
    static final String SHARED = "SHARED";

    private final JdbcTemplate jdbc;
    private final CurrentCouncil councils;
    private final MailOutbox outbox;
    private final ReminderService reminders;
    private final Clock clock;
    private final String baseUrl;

    ReminderEvents(JdbcTemplate jdbc, MailOutbox outbox, ReminderService reminders, Clock clock,
                   @Value("${caseaudit.mail.base-url:http://localhost:8080}") String baseUrl,
                   CurrentCouncil councils) {
        this.councils = councils;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.reminders = reminders;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(WorkAssigned event) {
        immediate(event.username(), ASSIGNED, Messages.assigned(event.audits(), event.moderations(), baseUrl));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(AuditShared event) {
        immediate(event.teamManager(), SHARED, Messages.shared(1, baseUrl));
    }

    @Scheduled(cron = "${caseaudit.reminders.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "reminder-daily-digest", lockAtLeastFor = "PT1M")
    public void dailyDigest() {
        // one digest run per council, each over that council's audits and actions (decision 0012)
        councils.forEachActive(council -> RunAs.as("system", () -> reminders.queueDigests(LocalDate.now(clock)),
                Roles.AUDIT_LEAD, Roles.ADMIN));
    }

    private void immediate(String username, String kind, Messages.Message message) {
        if (reminders.mode(username) != MailMode.IMMEDIATE) {
            return;
        }
        List<String> emails = jdbc.queryForList("SELECT email FROM app_user WHERE username = ? AND enabled = TRUE "
                + "AND email IS NOT NULL AND email <> ''", String.class, username);
        if (!emails.isEmpty()) {
            outbox.queue(username, emails.getFirst(), kind, message);
        }
    }
}
