package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The user form's rules hold on the server too (a client that skips the view's binder is still refused), each
 * refusal naming its field, and nothing is written.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserFieldValidationTest {

    @Autowired
    UserService users;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "username too long         | username | LONG_USERNAME | Full Name      | a@example.org | team    | username | "
                + "at most 64",
        "username with a space     | username | joe bloggs    | Full Name      | a@example.org | team    | username | "
        + "letters, digits",
        "username blank            | username | ' '           | Full Name      | a@example.org | team    | username | "
        + "Enter a username",
        "full name with line break | fullName | val-1         | Full\\nName     | a@example.org | team    | fullName | "
        + "tabs or line breaks",
        "full name too long        | fullName | val-2         | LONG_NAME      | a@example.org | team    | fullName | "
        + "at most 200",
        "email not an address      | email    | val-3         | Full Name      | not-an-email  | team    | email    | "
        + "valid email",
        "team with a tab           | team     | val-4         | Full Name      | a@example.org | a\\tteam | team     | "
        + "tabs or line breaks",
        "team with an RTL override | team     | val-6         | Full Name      | a@example.org | RTLTEAM | team     | "
        + "direction of text (found U+202E",
        "full name with a C1 code  | fullName | val-7         | Full\\u0085Name | a@example.org | team    | fullName | "
        + "control characters (found U+0085",
        "full name zero-width      | fullName | val-8         | Full\\u200bName | a@example.org | team    | fullName | "
        + "invisible formatting characters",
        "no role                   | roles    | val-5         | Full Name      | a@example.org | team    | roles    | "
        + "at least one role",
    })
    void a_bad_field_is_refused_by_the_service_naming_the_field(String what, String ignored, String username,
            String fullName, String email, String team, String field, String message) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username.replace("LONG_USERNAME", "u".repeat(65)));
        form.setFullName(fullName.replace("LONG_NAME", "n".repeat(201)).replace("\\n", "\n")
                .replace("\\u0085", "\u0085").replace("\\u200b", "\u200b"));
        form.setEmail(email);
        form.setTeam(team.replace("\\t", "\t").replace("RTLTEAM", "Team \u202egnp.exe"));
        form.setRoles(field.equals("roles") ? Set.of() : EnumSet.of(Role.AUDITOR));
        int before = users.findAll().size();

        assertThatThrownBy(() -> users.create(form, "Correct-Horse-Battery-9"))
                .isInstanceOfSatisfying(UserAdministrationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(users.findAll()).hasSize(before);
    }
}
