package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 (TOTP) as the application uses it, against the RFC's own test vectors (appendix B, SHA-1). */
class TotpTest {

    /** The RFC's SHA-1 seed: the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0} s: {1}")
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130",
    })
    void the_rfc_6238_test_vectors(long seconds, String eightDigits) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(new Totp(8).code(RFC_SECRET, at)).isEqualTo(eightDigits);
        // six digits are the same value modulo 10^6: the last six of the eight
        assertThat(new Totp().code(RFC_SECRET, at)).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_never_twice() {
        Totp totp = new Totp();
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        String current = totp.code(RFC_SECRET, now);
        String previous = totp.code(RFC_SECRET, now.minusSeconds(30));
        String tooOld = totp.code(RFC_SECRET, now.minusSeconds(90));

        assertThat(totp.match(RFC_SECRET, current, now, null)).hasValue(step);
        assertThat(totp.match(RFC_SECRET, previous, now, null)).hasValue(step - 1);
        assertThat(totp.match(RFC_SECRET, " " + current.substring(0, 3) + " " + current.substring(3), now, null))
                .as("spaces typed inside the code are ignored").hasValue(step);
        assertThat(totp.match(RFC_SECRET, tooOld, now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, current, now, step)).as("the same code again").isEmpty();
        assertThat(totp.match(RFC_SECRET, previous, now, step - 1)).isEmpty();
        assertThat(totp.match(RFC_SECRET, "12345", now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, "abcdef", now, null)).isEmpty();
    }

    @Test
    void the_secret_round_trips_through_base32_and_the_address_names_issuer_and_account() {
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        String text = Totp.base32(secret);
        assertThat(text).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(text.toLowerCase())).isEqualTo(secret);
        assertThat(Totp.uri("Case Audit Workbench", "lead", text)).isEqualTo(
                "otpauth://totp/Case%20Audit%20Workbench:lead"
                + "?secret=" + text + "&issuer=Case%20Audit%20Workbench&algorithm=SHA1&digits=6&period=30");
    }
}
