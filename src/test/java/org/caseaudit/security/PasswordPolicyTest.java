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
            Password123!            | jdoe  | This password is too common
            iloveyou2026            | jdoe  | This password is too common
            !!sunshine1234          | jdoe  | This password is too common
            monkey123456            | jdoe  | This password is too common
            qwertyuiopas            | jdoe  | This password is a run of keys or letters
            lkjhgfdsapoiuy          | jdoe  | This password is a run of keys or letters
            abcdefghijklm           | jdoe  | This password is a run of keys or letters
            a long enough passphrase | jdoe  | ''
            Tuesday kettle 42 lamp  | jdoe  | ''
            """)
    void password_rules(String password, String username, String expectedProblem) {
        var problems = PasswordPolicy.problems(password, username);
        if (expectedProblem.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(expectedProblem));
        }
    }

    @org.junit.jupiter.api.Test
    void the_deny_list_ships_with_the_application_and_holds_the_breached_passwords() {
        for (String breached : java.util.List.of("123456", "password", "qwertyuiop", "iloveyou", "monkey", "dragon")) {
            assertThat(PasswordPolicy.isCommon(breached)).as(breached).isTrue();
        }
        assertThat(PasswordPolicy.isCommon("tuesday kettle 42 lamp")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void a_password_longer_than_128_characters_is_refused() {
        assertThat(PasswordPolicy.problems("abcdefghij".repeat(13), "x")).contains("Use at most 128 characters");
    }

    @org.junit.jupiter.api.Test
    void role_constants_match_the_role_names() {
        assertThat(java.util.List.of(Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR,
                Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER, Roles.TEAM_MANAGER, Roles.AGENCY_COORDINATOR,
                Roles.PARTNERSHIP_LEAD, Roles.PARTNERSHIP_PANEL))
                .containsExactly(java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
