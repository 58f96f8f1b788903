package org.caseaudit.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues messages and sends them: through SMTP when {@code spring.mail.host} is set (Boot then provides a
 * {@link JavaMailSender}), otherwise into the log (subject and recipient only). A failure is retried after 1, 2, 4,
 * 8 minutes; after {@link #MAX_ATTEMPTS} the message is FAILED, recorded in the audit trail as MAIL_FAILED (which the
 * administrator's home page shows) and listed under Email reminders.
 */
@Component
public class MailOutbox {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final ApplicationEventPublisher trail;
    private final Clock clock;
    private final String from;
    private final CurrentCouncil council;

    MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender, ApplicationEventPublisher trail, Clock clock,
               @org.springframework.beans.factory.annotation.Value(
               "${caseaudit.mail.from:case-audit@localhost}") String from,
               CurrentCouncil council) {
        this.council = council;
        this.jdbc = jdbc;
        this.sender = sender;
        this.trail = trail;
        this.clock = clock;
        this.from = from;
    }

    void queue(String username, String recipient, String kind, Messages.Message message) {
        LocalDateTime now = now();
        jdbc.update("""
                INSERT INTO mail_outbox (council_id, username, recipient, kind, subject, body, status, created_at,
                                         next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""",
                council.id(), username, recipient, kind, message.subject(), message.body(), now, now);
    }

    /** Whether a message of this kind was already queued for the user on this (London) day in this council. */
    boolean queuedOn(String username, String kind, LocalDate day) {
        LocalDateTime from = day.atStartOfDay(clock.getZone()).toInstant().atOffset(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().atOffset(ZoneOffset.UTC)
                .toLocalDateTime();
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE council_id = ? AND username = ? AND kind = ? "
                + "AND created_at >= ? AND created_at < ?", Integer.class, council.id(), username, kind, from, to) > 0;
    }

    @Scheduled(fixedDelayString = "${caseaudit.mail.dispatch-delay:PT1M}")
    // one node sends the outbox at a time, so no message goes twice from two nodes (decision 0008)
    @SchedulerLock(name = "mail-outbox-dispatch", lockAtMostFor = "PT10M")
    public void dispatchScheduled() {
        // council by council, so that a failure is trailed in the council whose administrators act on it
        council.forEachActive(id -> dispatch(sender.getIfAvailable()));
    }

    /**
     * Sends the current council's queued messages whose time has come with {@code via} (null: log it instead);
     * returns how many went.
     */
    int dispatch(JavaMailSender via) {
        long councilId = council.id();
        record Queued(long id, String username, String recipient, String subject, String body, int attempts) {
        }
        List<Queued> due = jdbc.query("""
                SELECT id, username, recipient, subject, body, attempts FROM mail_outbox
                WHERE council_id = ? AND status = 'QUEUED' AND next_attempt_at <= ? ORDER BY id LIMIT 200""",
                (rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)),
                councilId, now());
        int sent = 0;
        for (Queued q : due) {
            if (via == null) {
                // the user name, not the address: an email address is personal data and stays out of the log
                log.info("Reminder email {} (no SMTP server configured: logged, not sent) for user {}: {}", q.id(),
                        q.username(), q.subject());
                jdbc.update("UPDATE mail_outbox SET status = 'LOGGED', sent_at = ?, attempts = attempts + 1 "
                        + "WHERE council_id = ? AND id = ?", now(), councilId, q.id());
                continue;
            }
            try {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom(from);
                m.setTo(q.recipient());
                m.setSubject(q.subject());
                m.setText(q.body());
                via.send(m);
                jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1 "
                        + "WHERE council_id = ? AND id = ?", now(), councilId, q.id());
                sent++;
            } catch (RuntimeException e) {
                int attempts = q.attempts() + 1;
                String error = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
                error = error.length() > 500 ? error.substring(0, 500) : error;
                if (attempts >= MAX_ATTEMPTS) {
                    jdbc.update("UPDATE mail_outbox SET status = 'FAILED', attempts = ?, last_error = ? "
                            + "WHERE council_id = ? AND id = ?", attempts, error, councilId, q.id());
                    trail.publishEvent(new MailTrail.MailFailed(q.id(), q.recipient(), attempts, error));
                    log.warn("Reminder email {} failed after {} attempts: {}", q.id(), attempts, error);
                } else {
                    LocalDateTime next = now().plus(Duration.ofMinutes(1L << (attempts - 1)));
                    jdbc.update("UPDATE mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? "
                            + "WHERE council_id = ? AND id = ?", attempts, error, next, councilId, q.id());
                }
            }
        }
        return sent;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Instant instant() {
        return clock.instant();
    }
}
