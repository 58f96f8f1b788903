package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseaudit.findings.ComplianceRules.Outcome;
import org.caseaudit.templates.AnswerScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceRulesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "YES_NO_NA,        Yes,                              COMPLIANT",
            "YES_NO_NA,        No,                               NON_COMPLIANT",
            "YES_NO_NA,        Not applicable,                   NOT_APPLICABLE",
            "YES_NO_NA,        null,                             NOT_COUNTED",
            "YES_PARTLY_NO_NA, Yes,                              COMPLIANT",
            "YES_PARTLY_NO_NA, Partly,                           PARTLY",
            "YES_PARTLY_NO_NA, No,                               NON_COMPLIANT",
            "YES_PARTLY_NO_NA, Not applicable,                   NOT_APPLICABLE",
            "OFSTED_GRADE,     Inadequate,                       NOT_COUNTED",
            "OFSTED_GRADE,     Requires improvement to be good,  NOT_COUNTED",
            "FREE_TEXT,        No,                               NOT_COUNTED",
            "DATE,             2026-03-02,                       NOT_COUNTED",
    })
    void each_final_answer_counts_by_its_scale(AnswerScale scale, String value, Outcome expected) {
        assertThat(ComplianceRules.classify(scale, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> audited {1}, finding {2}")
    @CsvSource({
            "COMPLIANT,      true,  false",
            "PARTLY,         true,  true",
            "NON_COMPLIANT,  true,  true",
            "NOT_APPLICABLE, false, false",
            "NOT_COUNTED,    false, false",
    })
    void partly_is_audited_and_a_finding_not_applicable_is_neither(Outcome o, boolean audited, boolean finding) {
        assertThat(o.audited()).isEqualTo(audited);
        assertThat(o.finding()).isEqualTo(finding);
    }

    @ParameterizedTest(name = "n = {0} -> small {1}")
    @CsvSource({"0, true", "1, true", "9, true", "10, false", "263, false"})
    void fewer_than_ten_audited_files_is_a_small_sample(int audited, boolean small) {
        assertThat(ComplianceRules.smallSample(audited)).isEqualTo(small);
    }

    /**
     * The committee's findings (this module) and the team's feedback page (audit module) must name the same answers.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(AnswerScale.class)
    void a_finding_here_is_exactly_what_the_scale_calls_a_finding(AnswerScale scale) {
        java.util.List<String> answers = new java.util.ArrayList<>(scale.options());
        answers.add("Not an option");
        for (String answer : answers) {
            assertThat(ComplianceRules.classify(scale, answer).finding()).as(scale + " / " + answer)
                    .isEqualTo(scale.makesFinding(answer));
        }
        if (scale == AnswerScale.OFSTED_GRADE) {
            assertThat(scale.makesFinding("Inadequate")).as("a grade is never a finding").isFalse();
        }
    }
}
