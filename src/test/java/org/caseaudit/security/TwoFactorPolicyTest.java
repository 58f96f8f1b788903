package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When two-factor sign-in is required (issue 19, point 11): by setting, else on without demo data. */
class TwoFactorPolicyTest {

    @ParameterizedTest(name = "required={0}, demo data={1}, {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | false | ADMIN              | true
            ''    | false | AUDIT_LEAD         | true
            ''    | false | AUDITOR            | false
            ''    | true  | ADMIN              | false
            true  | true  | ADMIN              | true
            false | false | ADMIN              | false
            true  | false | INDEPENDENT_MEMBER | false
            """)
    void who_must_use_two_factor(String required, boolean demoData, Role role, boolean expected) {
        TwoFactorPolicy policy = new TwoFactorPolicy(required, demoData, EnumSet.of(Role.ADMIN, Role.AUDIT_LEAD));
        assertThat(policy.requiredFor(EnumSet.of(role))).isEqualTo(expected);
    }
}
