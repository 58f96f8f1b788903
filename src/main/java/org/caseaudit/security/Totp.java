package org.caseaudit.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, 30-second steps, 6 digits,
 * a 160-bit secret shown in Base32. The moment is always passed in (the application's clock decides). A code is
 * accepted for the current step and one step either side (clocks drift), and only for a step later than the last one
 * accepted, so a code cannot be used twice.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator;
    private final int digits;

    Totp() {
        this(DIGITS);
    }

    Totp(int digits) {
        this.digits = digits;
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits);
    }

    static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    static byte[] fromBase32(String text) {
        return new Base32().decode(text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    String code(byte[] secret, Instant at) {
        try {
            int value = generator.generateOneTimePassword(new SecretKeySpec(secret, generator.getAlgorithm()), at);
            return String.format(Locale.ROOT, "%0" + digits + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A two-factor secret could not be used as a key", e);
        }
    }

    /** The step the typed code belongs to (now, or one step either side), if it is right and newer than lastUsed. */
    OptionalLong match(byte[] secret, String typed, Instant now, Long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (java.security.MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                    code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).getBytes(
                    StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address authenticator apps read from the QR code. */
    static String uri(String issuer, String account, String secretBase32) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secretBase32 + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
