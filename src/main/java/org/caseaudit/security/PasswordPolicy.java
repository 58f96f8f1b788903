package org.caseaudit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password rules, in the spirit of NCSC guidance: length matters more than composition, so a long passphrase is
 * fine; very common and self-referential choices are refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final List<String> COMMON = List.of("password", "qwerty", "123456", "letmein", "welcome", "iloveyou",
            "admin", "changeme");

    private PasswordPolicy() {
    }

    /** The problems with a candidate password, in words a user can act on; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Enter a password");
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("Do not include the username");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("Use more different characters");
        }
        for (String common : COMMON) {
            if (lower.startsWith(common) && lower.replace(common, "").chars().allMatch(Character::isDigit)) {
                problems.add("This password is too common");
                break;
            }
        }
        return problems;
    }
}
