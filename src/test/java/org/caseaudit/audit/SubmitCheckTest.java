package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.OverallGradeDefinition;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmitCheckTest {

    private static QuestionDefinition q(String id, AnswerScale scale, boolean evidence) {
        return new QuestionDefinition(id, "Question " + id + "?", null, List.of(), scale, evidence, false, null, null,
                null, null, null);
    }

    private static final TemplateDefinition TEMPLATE = new TemplateDefinition("t", 1, "T", "p", List.of("S47_ENQUIRY"),
            List.of(new SectionDefinition("s", "Section", null, List.of(
                    q("c", AnswerScale.YES_PARTLY_NO_NA, true),
                    q("d", AnswerScale.DATE, false)))),
            new OverallGradeDefinition("Overall", null, true));

    private static AnswerState answer(String id, String value, String note, String derived, String reason) {
        return new AnswerState(id, value, note, null, derived == null ? null : "CHRONOLOGY_ON_FILE", derived, "how",
                reason, 1, "auditor", null);
    }

    @ParameterizedTest(name = "answer {0}, note {1}, proposed {2}, reason {3}, grade {4}/{5} -> {6}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            -      | -    | -   | -      | Good | why | "Question c?" (Section): no answer
            Yes    | -    | -   | -      | Good | why | -
            Partly | -    | -   | -      | Good | why | "Question c?" (Section): an evidence note is needed for "Partly"
            No     | seen | -   | -      | Good | why | -
            No     | seen | Yes | -      | Good | why | "Question c?" (Section): a reason is needed for overriding the proposed answer "Yes"
            No     | seen | Yes | stale  | Good | why | -
            Yes    | -    | Yes | -      | Good | why | -
            Yes    | -    | -   | -      | -    | -   | Overall grade: not given
            Yes    | -    | -   | -      | Good | -   | Overall grade: a rationale is needed
            """)
    void submission_lists_what_is_missing(String value, String note, String derived, String reason, String grade,
            String rationale, String expected) {
        Map<String, AnswerState> answers = new HashMap<>();
        answers.put("c", answer("c", value, note, derived, reason));
        answers.put("d", answer("d", null, null, null, null));

        List<String> missing = SubmitCheck.missing(TEMPLATE, answers, grade, rationale).stream()
                .map(MissingItem::description).map(s -> s.replace('\u201c', '"').replace('\u201d', '"')).toList();

        if (expected == null) {
            assertThat(missing).isEmpty();
        } else {
            assertThat(missing).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            YES_NO_NA,        Yes,            true
            YES_NO_NA,        Partly,         false
            YES_PARTLY_NO_NA, Partly,         true
            OFSTED_GRADE,     Good,           true
            OFSTED_GRADE,     Satisfactory,   false
            DATE,             2026-03-02,     true
            DATE,             02/03/2026,     false
            NUMBER,           17,             true
            NUMBER,           seventeen,      false
            FREE_TEXT,        anything,       true
            YES_NO_NA,        -,              true
            """)
    void only_answers_on_the_question_scale_are_stored(AnswerScale scale, String value, boolean acceptable) {
        assertThat(SubmitCheck.acceptable(q("x", scale, false), value)).isEqualTo(acceptable);
    }
}
