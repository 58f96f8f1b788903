package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.caseaudit.audit.internal.PracticeAudits;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.security.TokenBuckets;
import org.caseaudit.shared.PlainText;
import org.caseaudit.shared.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from the family (a parent or carer, or the young person) by a link: no sign-in, a single-use token that
 * expires, only its SHA-256 stored. The page behind the link shows nothing about the case, and the same kind message
 * for an unknown, expired or used token, so tokens cannot be probed; attempts are rate-limited per client address.
 * Issuing, opening, answering and refused attempts go to the audit trail. Answers are attached to the audit; response
 * rates per cycle are counts only.
 */
@Service
public class FamilyFeedbackService {

    /** The family's comments: optional free text, kept stripped. */
    public static final PlainText.Rule COMMENTS = PlainText.Rule.multiLine("Comments", 2000);
    /** The route of the public page; the token follows it. */
    public static final String ROUTE = "family-feedback";
    static final String TARGET = "family_feedback_link";
    static final String ANONYMOUS = "family (feedback link)";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PracticeAudits audits;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher trail;
    private final Clock clock;
    private final Duration validity;
    private final TokenBuckets perAddress;
    private final SecureRandom random = new SecureRandom();

    FamilyFeedbackService(JdbcTemplate jdbc, PracticeAudits audits, CurrentUser currentUser,
            ApplicationEventPublisher trail,
                          Clock clock,
                          @Value("${caseaudit.family-feedback.link-validity:P28D}") Duration validity,
                          @Value("${caseaudit.family-feedback.attempts-per-address:20}") int attempts,
                          @Value("${caseaudit.family-feedback.attempts-period:PT10M}") Duration period) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.audits = audits;
        this.currentUser = currentUser;
        this.trail = trail;
        this.clock = clock;
        this.validity = validity;
        this.perAddress = new TokenBuckets(clock, attempts, period, 100_000);
    }

    /** A new link for the audit's family: its auditor or the audit lead; the token is in the returned path only. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional
    public IssuedFeedbackLink issue(long auditId, FeedbackRespondent respondent) {
        Objects.requireNonNull(respondent, "respondent");
        PracticeAudits.AuditRow audit = reader(auditId);
        if (audit.kind() != AuditKind.AUDIT) {
            throw new AuditStateException("Family feedback belongs to the audit, not to its moderation");
        }
        if (audit.status() == AuditStatus.CLOSED) {
            throw new AuditStateException("The audit is closed: no more feedback can be asked for");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        jdbc.update("""
                INSERT INTO family_feedback_link (council_id, case_audit_id, cycle_id, respondent, token_hash, issued_by,
                    issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                audits.council(), auditId, audit.cycleId(), respondent.name(),
                hash(token), me(), Timestamp.from(now), Timestamp.from(expires));
        Long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        trail.publishEvent(new PracticeTrail.FeedbackLinkIssued(id, auditId, respondent.name(), expires));
        return new IssuedFeedbackLink(id, auditId, respondent, ROUTE + "/" + token, expires);
    }

    /**
     * What the public page may show for a token (anyone, no sign-in): {@code OPEN}, {@code UNAVAILABLE} (unknown,
     * expired or used alike) or {@code TOO_MANY_ATTEMPTS}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public FeedbackLinkState check(String token, String clientAddress) {
        if (!perAddress.tryConsume(clientAddress)) {
            return FeedbackLinkState.TOO_MANY_ATTEMPTS;
        }
        Link link = usable(token, false, clientAddress);
        if (link == null) {
            return FeedbackLinkState.UNAVAILABLE;
        }
        trail.publishEvent(new PracticeTrail.FeedbackLinkOpened(link.id(), clientAddress, link.council()));
        return FeedbackLinkState.OPEN;
    }

    /**
     * Saves the family's answers and uses the link up (anyone, no sign-in): {@code ACCEPTED}, or {@code UNAVAILABLE} /
     * {@code TOO_MANY_ATTEMPTS} as {@link #check}. Incomplete answers are refused naming the field
     * ({@link AuditStateException}); the link stays usable then.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public FeedbackLinkState submit(String token, FamilyFeedbackInput input, String clientAddress) {
        if (!perAddress.tryConsume(clientAddress)) {
            return FeedbackLinkState.TOO_MANY_ATTEMPTS;
        }
        List<String> problems = problems(input);
        Link link = usable(token, true, clientAddress);
        if (link == null) {
            return FeedbackLinkState.UNAVAILABLE;
        }
        if (!problems.isEmpty()) {
            throw new AuditStateException(String.join("; ", problems));
        }
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO family_feedback_answer (council_id, link_id, case_audit_id, listened_to, understood,
                    made_difference, comments, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                link.council(), link.id(), link.auditId(),
                input.listenedTo().name(), input.understood().name(), input.madeDifference().name(),
                CollaborationRules.blankToNull(input.comments()), Timestamp.from(now));
        jdbc.update("UPDATE family_feedback_link SET used_at = ? WHERE id = ? AND council_id = ? AND used_at IS NULL",
                Timestamp.from(now), link.id(), link.council());
        trail.publishEvent(new PracticeTrail.FeedbackAnswered(link.id(), link.auditId(), clientAddress,
                link.council()));
        return FeedbackLinkState.ACCEPTED;
    }

    /** What is wrong with a set of answers, naming each field (pure: for tests and the form). */
    static List<String> problems(FamilyFeedbackInput input) {
        List<String> problems = new ArrayList<>();
        if (input == null) {
            return List.of("Answer the three questions");
        }
        if (input.listenedTo() == null) {
            problems.add("Listened to: choose an answer");
        }
        if (input.understood() == null) {
            problems.add("Understood: choose an answer");
        }
        if (input.madeDifference() == null) {
            problems.add("Made a difference: choose an answer");
        }
        String comments = input.comments();
        COMMENTS.problem(comments == null ? null : comments.strip()).ifPresent(problems::add);
        return problems;
    }

    /** The audit's links and the answers given: its auditor or the audit lead. Reading it is trailed. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
    @Transactional
    public List<FamilyFeedback> forAudit(long auditId) {
        reader(auditId);
        Instant now = clock.instant();
        List<FamilyFeedback> list = jdbc.query("""
                SELECT l.id, l.respondent, l.issued_by, l.issued_at, l.expires_at, a.answered_at, a.listened_to,
                       a.understood, a.made_difference, a.comments
                FROM family_feedback_link l LEFT JOIN family_feedback_answer a ON a.link_id = l.id
                WHERE l.case_audit_id = ? AND l.council_id = ? ORDER BY l.issued_at, l.id""", (rs, n) -> {
            Timestamp answered = rs.getTimestamp("answered_at");
            Instant expires = rs.getTimestamp("expires_at").toInstant();
            return new FamilyFeedback(rs.getLong("id"), auditId, FeedbackRespondent.valueOf(rs.getString("respondent")),
                    rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), expires,
                    answered == null ? null : answered.toInstant(), answered == null && !expires.isAfter(now),
                    answer(rs.getString("listened_to")), answer(rs.getString("understood")),
                    answer(rs.getString("made_difference")), rs.getString("comments"));
        }, auditId, audits.council());
        if (list.stream().anyMatch(FamilyFeedback::answered)) {
            trail.publishEvent(new PracticeTrail.FeedbackRead(auditId));
        }
        return list;
    }

    /** Per cycle (in id order, cycles with links only): links sent, answered, expired unanswered. Counts only. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<FeedbackResponseRate> responseRates(Collection<Long> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        Map<Long, FeedbackResponseRate> rates = new TreeMap<>();
        named.query("""
                SELECT cycle_id, COUNT(*) AS sent, SUM(used_at IS NOT NULL) AS answered,
                       SUM(used_at IS NULL AND expires_at <= :now) AS expired
                FROM family_feedback_link WHERE council_id = :council AND cycle_id IN (:cycles) GROUP BY cycle_id""",
                new MapSqlParameterSource("cycles", cycleIds).addValue("now", Timestamp.from(clock.instant()))
                        .addValue("council", audits.council()), rs -> {
                    long cycle = rs.getLong("cycle_id");
                    rates.put(cycle, new FeedbackResponseRate(cycle, rs.getInt("sent"), rs.getInt("answered"),
                            rs.getInt("expired")));
                });
        return List.copyOf(rates.values());
    }

    /** A usable link: its council is read from the link (the public page has no signed-in council). */
    private record Link(long id, long auditId, long council) {
    }

    /** The link of a usable token (known, not expired, not used), or null after trailing the refusal. */
    private Link usable(String token, boolean lock, String clientAddress) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            refused("unknown", "malformed token", clientAddress, null);
            return null;
        }
        // the token's hash is unique across the installation: it names its council (as an integration token does)
        var rows = jdbc.query("SELECT id, case_audit_id, expires_at, used_at, council_id FROM family_feedback_link"
                + " WHERE token_hash = ?" + (lock ? " FOR UPDATE" : ""), (rs, n) -> new Object[] {rs.getLong(1),
                rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4), rs.getLong(5)}, hash(token));
        if (rows.isEmpty()) {
            refused("unknown", "unknown token", clientAddress, null);
            return null;
        }
        Object[] row = rows.getFirst();
        long id = (Long) row[0];
        if (row[3] != null) {
            refused(String.valueOf(id), "already used", clientAddress, (Long) row[4]);
            return null;
        }
        if (!((Instant) row[2]).isAfter(clock.instant())) {
            refused(String.valueOf(id), "expired", clientAddress, (Long) row[4]);
            return null;
        }
        return new Link(id, (Long) row[1], (Long) row[4]);
    }

    private void refused(String linkId, String why, String clientAddress, Long council) {
        trail.publishEvent(new PracticeTrail.FeedbackLinkRefused(linkId, why, clientAddress, council));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private static FeedbackAnswer answer(String name) {
        return name == null ? null : FeedbackAnswer.valueOf(name);
    }

    private PracticeAudits.AuditRow reader(long auditId) {
        return audits.readable(auditId, currentUser);
    }

    private String me() {
        return currentUser.required();
    }
}
