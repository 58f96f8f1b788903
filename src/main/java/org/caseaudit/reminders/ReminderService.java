package org.caseaudit.reminders;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.springframework.beans.factory.annotation.Value;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders by email: at an assignment and a share (to users who chose immediate messages), and a daily digest of
 * counts (due within N working days of the calendar module, overdue, not started, moderations ready, shared audits
 * waiting, actions due and overdue). Each user chooses immediate, digest or none; an administrator can make overdue
 * reminders compulsory. No message carries case details: counts and a link only ({@link Messages}).
 */
@Service
public class ReminderService {

    static final String DIGEST = "DIGEST";

    private final JdbcTemplate jdbc;
    private final MailOutbox outbox;
    private final UserService users;
    private final AuditService audits;
    private final FeedbackService feedback;
    private final ActionPlanService actions;
    private final TimescaleService timescales;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher trail;
    private final Clock clock;
    private final int withinWorkingDays;
    private final String baseUrl;
    private final CurrentCouncil council;

    ReminderService(JdbcTemplate jdbc, MailOutbox outbox, UserService users, AuditService audits,
                    FeedbackService feedback, ActionPlanService actions, TimescaleService timescales,
                    CurrentUser currentUser, ApplicationEventPublisher trail, Clock clock,
                    @Value("${caseaudit.reminders.due-within-working-days:3}") int withinWorkingDays,
                    @Value("${caseaudit.mail.base-url:http://localhost:8080}") String baseUrl, CurrentCouncil council) {
        this.council = council;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.users = users;
        this.audits = audits;
        this.feedback = feedback;
        this.actions = actions;
        this.timescales = timescales;
        this.currentUser = currentUser;
        this.trail = trail;
        this.clock = clock;
        this.withinWorkingDays = withinWorkingDays;
        this.baseUrl = baseUrl;
    }

    /** The signed-in user's choice (digest when never chosen). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER,
            Roles.PANEL_VIEWER, Roles.TEAM_MANAGER, Roles.AGENCY_COORDINATOR, Roles.PARTNERSHIP_LEAD,
            Roles.PARTNERSHIP_PANEL})
    @Transactional(readOnly = true)
    public MailMode myMode() {
        return mode(currentUser.usernameOrSystem());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER,
            Roles.PANEL_VIEWER, Roles.TEAM_MANAGER, Roles.AGENCY_COORDINATOR, Roles.PARTNERSHIP_LEAD,
            Roles.PARTNERSHIP_PANEL})
    @Transactional
    public void setMyMode(MailMode mode) {
        String me = currentUser.usernameOrSystem();
        jdbc.update(
                "INSERT INTO mail_preference (username, mode) VALUES (?, ?) ON DUPLICATE KEY UPDATE mode = "
                + "VALUES(mode)",
                me, mode.name());
        trail.publishEvent(new MailTrail.PreferenceSet(me, mode.name()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER,
            Roles.PANEL_VIEWER, Roles.TEAM_MANAGER, Roles.AGENCY_COORDINATOR, Roles.PARTNERSHIP_LEAD,
            Roles.PARTNERSHIP_PANEL})
    @Transactional(readOnly = true)
    public boolean overdueCompulsory() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT overdue_compulsory FROM mail_setting WHERE id = 1",
                Boolean.class));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void setOverdueCompulsory(boolean compulsory) {
        jdbc.update("UPDATE mail_setting SET overdue_compulsory = ?, version = version + 1 WHERE id = 1", compulsory);
        trail.publishEvent(new MailTrail.OverdueCompulsorySet(compulsory));
    }

    /** Messages that could not be sent after every attempt, newest first: for administrators. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<FailedMail> failures() {
        return jdbc.query("""
                SELECT id, username, kind, attempts, created_at, last_error FROM mail_outbox
                WHERE council_id = ? AND status = 'FAILED' ORDER BY id DESC LIMIT 100""", (rs, n) -> new FailedMail(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(6)), council.id());
    }

    /** Sends a failed message again (queued with its attempts reset). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void retry(long id) {
        jdbc.update("UPDATE mail_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = ? WHERE council_id = ? "
                + "AND id = ? AND status = 'FAILED'", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                council.id(), id);
        trail.publishEvent(new MailTrail.MailRetried(id));
    }

    public record FailedMail(long id, String username, String kind, int attempts, java.time.Instant createdAt,
                             String error) {
    }

    /**
     * Queues today's digests (once a day per user): digest and immediate users get every count; users who chose none
     * get the overdue counts only, and only when an administrator made overdue reminders compulsory. Users without
     * an email address get nothing. Returns how many were queued. The daily job runs it as the system with an
     * administrator's rights (it reads every user's work to count it; nothing of it leaves but the counts).
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int queueDigests(LocalDate today) {
        Map<String, Counts> counts = counts(today);
        boolean compulsory = overdueCompulsory();
        int queued = 0;
        for (UserSummary u : users.findAll()) {
            if (!u.enabled() || u.email() == null || u.email().isBlank() || outbox.queuedOn(u.username(),
                    DIGEST, today)) {
                continue;
            }
            Counts c = counts.getOrDefault(u.username(), Counts.NONE);
            MailMode mode = mode(u.username());
            Counts send = mode == MailMode.NONE ? (compulsory ? c.overdueOnly() : Counts.NONE) : c;
            if (send.any()) {
                outbox.queue(u.username(), u.email(), DIGEST, Messages.digest(send, withinWorkingDays, baseUrl));
                queued++;
            }
        }
        return queued;
    }

    /** What needs each user today, as counts. */
    Map<String, Counts> counts(LocalDate today) {
        LocalDate horizon = timescales.evaluator().calendar().addWorkingDays(today, withinWorkingDays).end();
        Map<String, int[]> c = new HashMap<>();
        List<AuditSummary> all = new ArrayList<>();
        for (long cycle : audits.cycles()) {
            all.addAll(audits.cycleAudits(cycle));
        }
        Map<Long, AuditSummary> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        for (AuditSummary a : all) {
            boolean open = a.status() == AuditStatus.NOT_STARTED || a.status() == AuditStatus.IN_PROGRESS;
            if (!open || a.auditor() == null) {
                continue;
            }
            int[] n = c.computeIfAbsent(a.auditor(), k -> new int[7]);
            if (a.status() == AuditStatus.NOT_STARTED) {
                n[0]++;
            }
            if (a.dueDate() != null && a.dueDate().isBefore(today)) {
                n[2]++;
            } else if (a.dueDate() != null && !a.dueDate().isAfter(horizon)) {
                n[1]++;
            }
            if (a.kind() == AuditKind.MODERATION && a.status() == AuditStatus.NOT_STARTED
                    && a.moderatesAuditId() != null) {
                AuditSummary moderated = byId.get(a.moderatesAuditId());
                if (moderated != null && moderated.status() != AuditStatus.NOT_STARTED
                        && moderated.status() != AuditStatus.IN_PROGRESS) {
                    n[3]++;
                }
            }
        }
        for (UserSummary manager : users.findEnabledWithRole(Role.TEAM_MANAGER)) {
            long waiting = RunAs.as(manager.username(), () -> feedback.sharedWithMe().stream()
                    .filter(s -> s.replies() == 0).count(), Roles.TEAM_MANAGER);
            if (waiting > 0) {
                c.computeIfAbsent(manager.username(), k -> new int[7])[4] += (int) waiting;
            }
        }
        for (ActionItem a : actions.plan(false)) {
            if (a.ownerUsername() == null || !a.open() || a.dueDate() == null) {
                continue;
            }
            int[] n = c.computeIfAbsent(a.ownerUsername(), k -> new int[7]);
            if (a.dueDate().isBefore(today)) {
                n[6]++;
            } else if (!a.dueDate().isAfter(horizon)) {
                n[5]++;
            }
        }
        Map<String, Counts> result = new HashMap<>();
        c.forEach((u, n) -> result.put(u, new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6])));
        return result;
    }

    MailMode mode(String username) {
        List<String> found = jdbc.queryForList("SELECT mode FROM mail_preference WHERE username = ?", String.class,
                username);
        return found.isEmpty() ? MailMode.DIGEST : MailMode.valueOf(found.getFirst());
    }
}
