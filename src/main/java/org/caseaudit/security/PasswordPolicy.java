package org.caseaudit.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Password rules after the NCSC's password guidance: length matters more than composition, so a long passphrase is
 * fine, and passwords that are common in breaches are refused. The deny list ({@code security/common-passwords.txt.gz},
 * 40,255 breached passwords, sources in the NOTICE beside it) ships with the application. A password is refused when
 * it is on the list, or is a listed one with digits or symbols added before or after ({@code Password123!}), or is a
 * run along the keyboard or the alphabet ({@code qwertyuiopas}), or contains the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String DENY_LIST = "/security/common-passwords.txt.gz";
    /** Runs along a UK keyboard's rows and columns, the alphabet and the digits; reversed runs count too. */
    private static final List<String> SEQUENCES = List.of("qwertyuiopasdfghjklzxcvbnm", "qwertyuiop", "asdfghjkl",
            "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
            "abcdefghijklmnopqrstuvwxyz", "01234567890");

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
        if (isCommon(lower)) {
            problems.add("This password is too common: it appears in lists of breached passwords");
        } else if (isSequence(lower)) {
            problems.add("This password is a run of keys or letters: choose something less predictable");
        }
        return problems;
    }

    static boolean isCommon(String lower) {
        Set<String> denied = DenyList.PASSWORDS;
        if (denied.contains(lower) || denied.contains(lower.replace(" ", ""))) {
            return true;
        }
        String core = lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+", "").replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        return core.length() >= 4 && denied.contains(core);
    }

    static boolean isSequence(String lower) {
        String compact = lower.replaceAll("[\\s\\-_.]", "");
        if (compact.length() < 6) {
            return false;
        }
        for (String run : SEQUENCES) {
            String reversed = new StringBuilder(run).reverse().toString();
            if (run.contains(compact) || reversed.contains(compact)) {
                return true;
            }
        }
        return false;
    }

    /** Loaded once, on first use. */
    private static final class DenyList {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(60_000);
            try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(DENY_LIST),
                    DENY_LIST + " is missing from the application");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                         StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
