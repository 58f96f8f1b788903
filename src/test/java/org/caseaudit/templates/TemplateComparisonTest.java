package org.caseaudit.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseaudit.templates.TemplateParserTest.VALID;
import static org.caseaudit.templates.TemplateParserTest.parse;

import org.caseaudit.templates.TemplateComparison.Change;
import org.caseaudit.templates.TemplateComparison.ChangeType;
import org.junit.jupiter.api.Test;

class TemplateComparisonTest {

    private final TemplateDefinition v2 = parse("sample.yaml", VALID);

    @Test
    void identical_versions_have_no_changes() {
        assertThat(TemplateComparison.between(v2, v2).isEmpty()).isTrue();
    }

    @Test
    void added_removed_and_changed_questions_are_listed_field_by_field() {
        String secondQuestion = VALID.substring(VALID.indexOf("      - id: icpc-within-15-days"), VALID.indexOf(
                "overallGrade:"));
        String v3yaml = VALID.replace(secondQuestion, """
                      - id: strengths
                        text: What are the strengths?
                        scale: FREE_TEXT
                """)
                .replace("version: 2", "version: 3")
                .replace("title: Sample", "title: Sample audit")
                .replace("text: Is a chronology on file?", "text: Is a chronology on file and up to date?")
                .replace("scale: YES_PARTLY_NO_NA", "scale: YES_NO_NA\n        keyMeasure: true");
        TemplateDefinition v3 = parse("sample.yaml", v3yaml);

        TemplateComparison diff = TemplateComparison.between(v2, v3);

        assertThat(diff.fromVersion()).isEqualTo(2);
        assertThat(diff.toVersion()).isEqualTo(3);
        assertThat(diff.changes()).extracting(Change::type, Change::questionId, Change::field,
                Change::before, Change::after)
                .containsExactlyInAnyOrder(
                        tuple(ChangeType.CHANGED, null, "title", "Sample", "Sample audit"),
                        tuple(ChangeType.REMOVED, "icpc-within-15-days", null, "ICPC within 15 working days?", null),
                        tuple(ChangeType.ADDED, "strengths", null, null, "What are the strengths?"),
                        tuple(ChangeType.CHANGED, "chronology-on-file", "text", "Is a chronology on file?",
                                "Is a chronology on file and up to date?"),
                        tuple(ChangeType.CHANGED, "chronology-on-file", "scale", "YES_PARTLY_NO_NA", "YES_NO_NA"),
                        tuple(ChangeType.CHANGED, "chronology-on-file", "keyMeasure", "false", "true"));
    }

    @Test
    void a_question_moved_to_another_section_is_a_change_of_its_section() {
        String moved = VALID.replace("version: 2", "version: 3").replace("      - id: icpc-within-15-days",
                "  - id: second\n    title: Second section\n    questions:\n      - id: icpc-within-15-days");

        TemplateComparison diff = TemplateComparison.between(v2, parse("sample.yaml", moved));

        assertThat(diff.changes()).extracting(Change::questionId, Change::field, Change::before, Change::after)
                .contains(tuple("icpc-within-15-days", "section", "First section", "Second section"));
    }
}
