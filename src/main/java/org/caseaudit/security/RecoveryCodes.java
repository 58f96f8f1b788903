package org.caseaudit.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caseaudit.shared.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time recovery codes for two-factor sign-in, for when the phone is lost: ten at a time, shown once, kept only as
 * SHA-256 hashes. Each is 10 random characters (about 50 bits), so a fast hash is enough (the slow hashing passwords
 * need is for secrets people choose). Using one marks it used.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    RecoveryCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** New codes for the user, replacing any earlier ones; the codes themselves are returned once and not kept. */
    List<String> replace(long userId, Instant now) {
        jdbc.update("DELETE FROM app_user_recovery_code WHERE user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            code.insert(5, '-');
            codes.add(code.toString());
            jdbc.update("INSERT INTO app_user_recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)",
                    userId, hash(code.toString()), java.sql.Timestamp.from(now));
        }
        return codes;
    }

    /** Uses the code if it is one of the user's unused ones. */
    boolean use(long userId, String typed, Instant now) {
        return jdbc.update("UPDATE app_user_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? "
                + "AND used_at IS NULL", java.sql.Timestamp.from(now), userId, hash(typed)) == 1;
    }

    int remaining(long userId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user_recovery_code WHERE user_id = ? "
                + "AND used_at IS NULL", Integer.class, userId);
        return n == null ? 0 : n;
    }

    void removeAll(long userId) {
        jdbc.update("DELETE FROM app_user_recovery_code WHERE user_id = ?", userId);
    }

    /** Spaces, dashes and case do not matter when a code is typed. */
    static String hash(String typed) {
        String normal = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Sha256.hex(normal);
    }
}
