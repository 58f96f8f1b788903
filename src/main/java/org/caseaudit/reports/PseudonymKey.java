package org.caseaudit.reports;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret key of report pseudonyms. From configuration ({@code caseaudit.reports.pseudonym-key}, environment
 * {@code CASEAUDIT_PSEUDONYM_KEY}, at least 32 characters) when given; otherwise 32 random bytes generated once and
 * kept in the database (table {@code report_pseudonym_key}), so pseudonyms stay the same across restarts. Changing or
 * losing the key changes every pseudonym; it never leaves the application.
 */
@Component
class PseudonymKey {

    static final int MIN_CONFIGURED_LENGTH = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final CurrentCouncil council;
    private final byte[] configured;
    /** Each council's stored key once read (decision 0012: one key per council, V36_3). */
    private final Map<Long, byte[]> keys = new ConcurrentHashMap<>();

    PseudonymKey(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, CurrentCouncil council,
                 @Value("${caseaudit.reports.pseudonym-key:}") String configured) {
        this.jdbc = jdbc;
        this.council = council;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_CONFIGURED_LENGTH) {
                throw new IllegalStateException("CASEAUDIT_PSEUDONYM_KEY must be at least " + MIN_CONFIGURED_LENGTH
                        + " characters long (e.g. openssl rand -base64 48)");
            }
            this.configured = configured.strip().getBytes(StandardCharsets.UTF_8);
        } else {
            this.configured = null;
        }
    }

    byte[] bytes() {
        if (configured != null) {
            return configured;
        }
        long councilId = council.id();
        return keys.computeIfAbsent(councilId, id -> newTransaction.execute(status -> storedOrNew(id)));
    }

    private byte[] storedOrNew(long councilId) {
        List<byte[]> stored = jdbc.query("SELECT key_value FROM report_pseudonym_key WHERE council_id = ?",
                (rs, n) -> rs.getBytes(1), councilId);
        if (!stored.isEmpty()) {
            return stored.getFirst();
        }
        byte[] generated = new byte[32];
        new SecureRandom().nextBytes(generated);
        // Two first uses at once: the second insert is ignored (council_id is unique) and both read the one key.
        jdbc.update("INSERT IGNORE INTO report_pseudonym_key (council_id, key_value, created_at) VALUES (?, ?, ?)",
                councilId, generated, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        return jdbc.queryForObject("SELECT key_value FROM report_pseudonym_key WHERE council_id = ?", byte[].class,
                councilId);
    }
}
