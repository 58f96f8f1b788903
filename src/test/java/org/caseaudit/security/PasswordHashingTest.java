package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: BCrypt at the configured cost (production 10, the test profile 4), hashes of other costs
 * and of Spring Security's other ids still matching, and a cost under 10 named by the production checks.
 */
class PasswordHashingTest {

    @ParameterizedTest(name = "cost {0}")
    @CsvSource({"4, $2a$04$", "10, $2a$10$", "12, $2a$12$"})
    void passwords_are_stored_as_bcrypt_hashes_of_the_configured_cost(int cost, String hashPrefix) {
        PasswordEncoder encoder = SecurityConfiguration.bcryptOfCost(cost);
        String stored = encoder.encode("correct horse");
        assertThat(stored).startsWith("{bcrypt}" + hashPrefix);
        assertThat(encoder.matches("correct horse", stored)).isTrue();
        assertThat(encoder.matches("correct horsf", stored)).isFalse();
    }

    @Test
    void hashes_of_another_cost_and_of_other_ids_still_match() {
        PasswordEncoder encoder = SecurityConfiguration.bcryptOfCost(4);
        assertThat(encoder.matches("pw", "{bcrypt}" + new BCryptPasswordEncoder(5).encode("pw"))).isTrue();
        assertThat(encoder.matches("pw", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("pw")))
                .isTrue();
        assertThat(encoder.matches("pw", "{noop}pw")).isTrue();
        assertThat(encoder.matches("pw", "{noop}other")).isFalse();
    }

    @ParameterizedTest(name = "cost {0}")
    @ValueSource(ints = {-1, 0, 3, 32})
    void a_cost_bcrypt_cannot_use_is_refused_with_the_setting_named(int cost) {
        assertThatThrownBy(() -> SecurityConfiguration.bcryptOfCost(cost))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caseaudit.security.password-hash-cost")
                .hasMessageContaining(String.valueOf(cost));
    }

    @ParameterizedTest(name = "cost {0}")
    @CsvSource({"4, true", "9, true", "10, false", "14, false"})
    void the_production_checks_name_a_cost_under_ten(int cost, boolean named) {
        if (named) {
            assertThat(ProductionChecks.passwordHashCost(cost)).hasValueSatisfying(f -> assertThat(f)
                    .contains("BCrypt cost " + cost).contains("caseaudit.security.password-hash-cost"));
        } else {
            assertThat(ProductionChecks.passwordHashCost(cost)).isEmpty();
        }
    }
}
