package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            correct horse battery   | jdoe  | ''
            Audit-Demo-2026         | jdoe  | ''
            short1                  | jdoe  | Use at least 12 characters
            ''                      | jdoe  | Enter a password
            jdoe-is-my-password     | jdoe  | Do not include the username
            JDOE-is-my-password     | jdoe  | Do not include the username
            aaaaaaaaaaaaaaaa        | jdoe  | Use more different characters
            password12345678        | jdoe  | This password is too common
            qwerty123456789         | jdoe  | This password is too common
            """)
    void password_rules(String password, String username, String expectedProblem) {
        var problems = PasswordPolicy.problems(password, username);
        if (expectedProblem.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).contains(expectedProblem);
        }
    }

    @org.junit.jupiter.api.Test
    void a_password_longer_than_128_characters_is_refused() {
        assertThat(PasswordPolicy.problems("abcdefghij".repeat(13), "x")).contains("Use at most 128 characters");
    }

    @org.junit.jupiter.api.Test
    void role_constants_match_the_role_names() {
        assertThat(java.util.List.of(Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR,
                Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER, Roles.TEAM_MANAGER))
                .containsExactly(java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
