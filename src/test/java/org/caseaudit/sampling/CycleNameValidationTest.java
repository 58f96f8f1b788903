package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A cycle's name is checked on the server: blank, too long or with control characters is refused on "name". */
@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class CycleNameValidationTest {

    @Autowired
    AuditCycleService cycles;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blank                | ' '       | Enter a name",
        "over 200 characters  | LONG      | is 201 characters long; at most 200 are allowed",
        "line break           | a\\nb     | tabs or line breaks",
        "RTL override         | RTL       | direction of text (found U+202E",
        "line separator       | a\\u2028b | tabs or line breaks (found U+2028",
        "escape character     | a\\u001bb | control characters",
    })
    void a_bad_name_is_refused_naming_the_field(String what, String name, String message) {
        String typed = name.replace("LONG", "n".repeat(201)).replace("\\n", "\n").replace("\\u001b", "\u001b")
                .replace("RTL", "Team \u202egnp.exe").replace("\\u2028", "\u2028");
        int before = cycles.list().size();
        assertThatThrownBy(() -> cycles.create(new CycleDetails(typed, null, null, null,
                FrameDefinition.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                SampleDesign.stratified(new SampleSize.Percentage(BigDecimal.TEN, 10, null), 2, Allocation.PROPORTIONAL,
                        true), 20)))
                .isInstanceOfSatisfying(SamplingException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.field()).isEqualTo("name");
                });
        assertThat(cycles.list()).hasSize(before);
    }
}
