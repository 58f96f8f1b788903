package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a collaborative audit, one row per case. */
class CollaborationRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            agreement recorded             | true  | IN_PROGRESS | true  | Good | AGREES    | -           | -
            agreement with a comment       | true  | SUBMITTED   | true  | Good | AGREES    | Fair        | -
            disagreement with a reason     | true  | SUBMITTED   | true  | Good | DISAGREES | Too harsh   | -
            disagreement without a reason  | true  | SUBMITTED   | true  | Good | DISAGREES | -           | needs the practitioner's reason
            disagreement with a blank one  | true  | SUBMITTED   | true  | Good | DISAGREES | '  '        | needs the practitioner's reason
            no grade yet                   | true  | IN_PROGRESS | true  | -    | AGREES    | -           | not given an overall grade
            practitioner not present       | true  | IN_PROGRESS | false | Good | AGREES    | -           | record the practitioner as present
            not collaborative              | false | IN_PROGRESS | true  | Good | AGREES    | -           | not collaborative
            closed audit                   | true  | CLOSED      | true  | Good | AGREES    | -           | closed
            no choice made                 | true  | IN_PROGRESS | true  | Good | -         | -           | choose whether
            """)
    void agreement_rules(String name, boolean collaborative, AuditStatus status, boolean present, String grade,
                         GradeAgreement agreement, String reason, String expectedProblem) {
        var problems = CollaborationRules.agreementProblems(collaborative, status, present, grade, agreement, reason);

        if (expectedProblem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().asString().contains(expectedProblem);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            presence and reflection        | true  | IN_PROGRESS | Sam   | Social worker | Went well | -
            presence only                  | true  | SUBMITTED   | Sam   | -             | -         | -
            nothing yet                    | true  | NOT_STARTED | -     | -             | -         | -
            reflection without presence    | true  | IN_PROGRESS | -     | -             | Went well | present before their reflection
            role without a name            | true  | IN_PROGRESS | -     | Social worker | -         | give the name
            not collaborative              | false | IN_PROGRESS | Sam   | -             | -         | not collaborative
            closed audit                   | true  | CLOSED      | Sam   | -             | -         | closed
            name on two lines              | true  | IN_PROGRESS | 'A\nB' | -            | -         | must not contain
            """)
    void record_rules(String name, boolean collaborative, AuditStatus status, String practitioner, String role,
                      String wentWell, String expectedProblem) {
        var input = new CollaborationInput(practitioner == null ? null : practitioner.replace("\\n", "\n"), role, null,
                null, wentWell, null, null, 0);

        var problems = CollaborationRules.recordProblems(collaborative, status, input);

        if (expectedProblem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().asString().contains(expectedProblem);
        }
    }

    @ParameterizedTest(name = "{0} -> rank {1}")
    @CsvSource(nullValues = "-", value = {"Outstanding,1", "Good,2", "Requires improvement to be good,3",
            "Inadequate,4", "-,0", "Excellent,0"})
    void domain_grade_ranks_follow_ofsteds_order(String grade, int rank) {
        assertThat(DomainGrade.rankOf(grade)).isEqualTo(rank);
    }

    @ParameterizedTest(name = "agreed {1}, auditor {0} -> {2}")
    @CsvSource(nullValues = "-", value = {"Good,-,Good", "Good,Inadequate,Inadequate", "-,-,-"})
    void the_final_domain_grade_is_the_agreed_one_when_moderation_agreed_one(String grade, String agreed,
                                                                            String expected) {
        var row = new DomainGrade(1, 1, AuditKind.AUDIT, null, AuditStatus.MODERATED, "s47-enquiry", 2,
                "impact-grade", "Impact", grade, null, agreed, "auditor");
        assertThat(row.finalGrade()).isEqualTo(expected);
    }
}
