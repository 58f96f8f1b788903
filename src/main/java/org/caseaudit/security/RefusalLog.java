package org.caseaudit.security;

import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records refusals in the audit trail (outcome DENIED: who, what, from where): refused pages, refused service calls,
 * refused sign-ins. Each is written in a transaction of its own, because the refusal usually rolls back the caller's.
 * Rate-limited, so that a flood cannot fill the table: at most {@code per-user} rows a minute for one user (or, before
 * sign-in, one client address) and {@code total} a minute for everyone; what is dropped is counted and the count is
 * written with that user's next recorded refusal.
 */
@Component
public class RefusalLog {

    static final String ANONYMOUS = "anonymous";

    private final AuditTrail trail;
    private final CurrentUser currentUser;
    private final TransactionOperations newTransaction;
    private final TokenBuckets perUser;
    private final Bucket total;
    private final Map<String, Long> dropped = new ConcurrentHashMap<>();

    @Autowired
    RefusalLog(AuditTrail trail, CurrentUser currentUser, PlatformTransactionManager transactions, Clock clock,
               @Value("${caseaudit.audit.refusals.per-user-per-minute:20}") int perUser,
               @Value("${caseaudit.audit.refusals.per-minute:200}") int total) {
        this(trail, currentUser, requiresNew(transactions), clock, perUser, total);
    }

    RefusalLog(AuditTrail trail, CurrentUser currentUser, TransactionOperations newTransaction, Clock clock,
               int perUser, int total) {
        this.trail = trail;
        this.currentUser = currentUser;
        this.newTransaction = newTransaction;
        this.perUser = new TokenBuckets(clock, perUser, Duration.ofMinutes(1), 10_000);
        this.total = TokenBuckets.bucket(clock, total, Duration.ofMinutes(1));
    }

    private static TransactionOperations requiresNew(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** A refusal of the signed-in user (or of an anonymous caller), from the current request's address. */
    public boolean record(String action, String targetType, String targetId, String detail) {
        return record(currentUser.username().orElse(ANONYMOUS), AuditTrail.currentRemoteAddress(), action,
                targetType, targetId, detail);
    }

    /** A refusal of {@code actor} from {@code address}; false when the rate limit dropped it. */
    public boolean record(String actor, String address, String action, String targetType, String targetId,
                          String detail) {
        String who = actor == null ? ANONYMOUS : actor;
        String key = ANONYMOUS.equals(who) && address != null ? "address " + address : "user " + who;
        if (!perUser.forKey(key).tryConsume(1) || !total.tryConsume(1)) {
            dropped.merge(key, 1L, Long::sum);
            return false;
        }
        Long missed = dropped.remove(key);
        String text = missed == null ? detail : (detail == null ? "" : detail + " ") + "(and " + missed
                + " more refusal(s) of this " + (key.startsWith("user") ? "user" : "address")
                + " not recorded one by one: rate limit)";
        newTransaction.executeWithoutResult(status -> trail.record(who, action, targetType, targetId, text, address,
                AuditTrail.Outcome.DENIED));
        return true;
    }
}
