package org.caseaudit.templates;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateParserTest {

    private static final TemplateParser PARSER = new TemplateParser();

    /** Line numbers matter in these tests: line 12 is the first question's scale, line 14 the second question. */
    static final String VALID = """
            id: sample
            version: 2
            title: Sample
            purpose: A sample template.
            caseTypes: [S47_ENQUIRY]
            sections:
              - id: first
                title: First section
                questions:
                  - id: chronology-on-file
                    text: Is a chronology on file?
                    scale: YES_PARTLY_NO_NA
                    derivation: CHRONOLOGY_ON_FILE
                  - id: icpc-within-15-days
                    text: ICPC within 15 working days?
                    scale: YES_NO_NA
                    derivation: ICPC_TIMELINESS
                    keyMeasure: true
                    evidenceRequiredWhenNonCompliant: true
                    findingText: Late conference.
            overallGrade:
              text: Overall grade
              rationaleRequired: true
            """;

    static TemplateDefinition parse(String fileName, String yaml) {
        return PARSER.parse(fileName, yaml.getBytes(UTF_8));
    }

    @Test
    void valid_file_becomes_a_definition_with_sections_questions_and_overall_grade() {
        TemplateDefinition t = parse("sample.yaml", VALID);

        assertThat(t.id()).isEqualTo("sample");
        assertThat(t.version()).isEqualTo(2);
        assertThat(t.caseTypes()).containsExactly("S47_ENQUIRY");
        assertThat(t.questions().map(QuestionDefinition::id)).containsExactly("chronology-on-file",
                "icpc-within-15-days");
        QuestionDefinition icpc = t.question("icpc-within-15-days").orElseThrow();
        assertThat(icpc.scale()).isEqualTo(AnswerScale.YES_NO_NA);
        assertThat(icpc.derivation()).isEqualTo(Derivation.ICPC_TIMELINESS);
        assertThat(icpc.keyMeasure()).isTrue();
        assertThat(icpc.evidenceRequiredWhenNonCompliant()).isTrue();
        assertThat(icpc.findingText()).isEqualTo("Late conference.");
        assertThat(icpc.references()).isEmpty();
        assertThat(t.overallGrade().rationaleRequired()).isTrue();
    }

    @Test
    void unknown_answer_scale_is_refused_naming_file_line_and_field() {
        String yaml = VALID.replace("scale: YES_PARTLY_NO_NA", "scale: YESNO");

        assertThatThrownBy(() -> parse("s47-enquiry.yaml", yaml))
                .isInstanceOf(TemplateValidationException.class)
                .hasMessageStartingWith(
                "s47-enquiry.yaml line 12, sections[0].questions[0].scale: unknown answer scale 'YESNO'");
    }

    @Test
    void duplicate_question_ids_are_refused_naming_the_second_one() {
        String yaml = VALID.replace("- id: icpc-within-15-days", "- id: chronology-on-file")
                .replace("derivation: ICPC_TIMELINESS", "derivation: CHRONOLOGY_ON_FILE");

        assertThatThrownBy(() -> parse("dup.yaml", yaml))
                .hasMessageContaining(
                "dup.yaml line 14, sections[0].questions[1].id: duplicate question id 'chronology-on-file'");
    }

    @Test
    void question_without_text_is_refused_at_the_question_line() {
        String yaml = VALID.replace("        text: ICPC within 15 working days?\n", "");

        assertThatThrownBy(() -> parse("no-text.yaml", yaml))
                .hasMessage("no-text.yaml line 14, sections[0].questions[1].text: required field 'text' is missing");
    }

    @Test
    void blank_question_text_is_refused() {
        String yaml = VALID.replace("text: ICPC within 15 working days?", "text: '   '");

        assertThatThrownBy(() -> parse("blank.yaml", yaml))
                .hasMessage("blank.yaml line 15, sections[0].questions[1].text: must not be blank");
    }

    @Test
    void unknown_derivation_is_refused_and_the_known_names_listed() {
        String yaml = VALID.replace("derivation: ICPC_TIMELINESS", "derivation: ICPC_WITHIN_15_DAYS");

        assertThatThrownBy(() -> parse("deriv.yaml", yaml))
                .hasMessageStartingWith(
                "deriv.yaml line 17, sections[0].questions[1].derivation: unknown derivation 'ICPC_WITHIN_15_DAYS'")
                .hasMessageContaining("ICPC_TIMELINESS");
    }

    @Test
    void derivation_that_cannot_answer_the_scale_is_refused() {
        String yaml = VALID.replace("scale: YES_PARTLY_NO_NA\n        derivation: CHRONOLOGY_ON_FILE",
                "scale: OFSTED_GRADE\n        derivation: CHRONOLOGY_ON_FILE");

        assertThatThrownBy(() -> parse("incompatible.yaml", yaml))
                .hasMessageStartingWith("incompatible.yaml line 13, sections[0].questions[0].derivation: "
                        + "derivation CHRONOLOGY_ON_FILE cannot propose an answer on the OFSTED_GRADE scale");
    }

    @Test
    void broken_yaml_is_refused_with_the_line_of_the_syntax_error() {
        String yaml = VALID.replace("    title: First section", "    title: First section: oops");

        assertThatThrownBy(() -> parse("broken.yaml", yaml))
                .hasMessageStartingWith("broken.yaml line 8, YAML syntax: mapping values are not allowed here");
    }

    @Test
    void misspelt_field_is_refused_as_unknown() {
        String yaml = VALID.replace("    keyMeasure: true", "    keyMesure: true");

        assertThatThrownBy(() -> parse("typo.yaml", yaml))
                .hasMessage("typo.yaml line 18, sections[0].questions[1].keyMesure: unknown field 'keyMesure'");
    }

    @Test
    void field_given_twice_is_refused() {
        String yaml = VALID.replace("version: 2\n", "version: 2\nversion: 3\n");

        assertThatThrownBy(() -> parse("twice.yaml", yaml))
                .hasMessage("twice.yaml line 3, version: field 'version' appears twice");
    }

    @Test
    void every_problem_is_reported_not_only_the_first() {
        String yaml = VALID.replace("scale: YES_PARTLY_NO_NA", "scale: YESNO").replace("version: 2", "version: two");

        assertThatThrownBy(() -> parse("many.yaml", yaml))
                .isInstanceOfSatisfying(TemplateValidationException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::field)
                        .contains("version", "sections[0].questions[0].scale"));
    }

    @Test
    void empty_and_non_utf8_files_are_refused() {
        assertThatThrownBy(() -> parse("empty.yaml", "")).hasMessage(
                "empty.yaml line 1, (template): the file is empty");
        assertThatThrownBy(() -> PARSER.parse("latin1.yaml", new byte[] {(byte) 0xe9, 'x'}))
                .hasMessage("latin1.yaml, (template): the file is not UTF-8 text");
    }

    @Test
    void file_name_in_messages_is_the_base_name() {
        assertThatThrownBy(() -> parse("/tmp/upload/dir/empty.yaml", "")).hasMessageStartingWith("empty.yaml line 1");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "keyMeasure: true, FREE_TEXT, a key measure needs a scale that can be counted",
            "keyMeasure: true, DATE, a key measure needs a scale that can be counted",
            "evidenceRequiredWhenNonCompliant: true, FREE_TEXT, only used when an answer is non-compliant",
            "findingText: Something, NUMBER, only used when an answer is non-compliant",
    })
    void fields_that_only_make_sense_for_compliance_are_refused_on_other_scales(String field, String scale,
            String message) {
        String yaml = VALID.replace("    scale: YES_PARTLY_NO_NA\n        derivation: CHRONOLOGY_ON_FILE",
                "    scale: " + scale + "\n        " + field);

        assertThatThrownBy(() -> parse("scale.yaml", yaml))
                .hasMessageStartingWith("scale.yaml line 13, sections[0].questions[0]." + field.substring(0,
                field.indexOf(':')))
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({
            "YES_NO_NA, true",
            "YES_PARTLY_NO_NA, false",
            "NUMBER, true",
            "DATE, true",
            "OFSTED_GRADE, false",
            "FREE_TEXT, false",
    })
    void timescale_measures_propose_yes_no_numbers_or_dates_only(AnswerScale scale, boolean compatible) {
        assertThat(Derivation.ICPC_TIMELINESS.isCompatibleWith(scale)).isEqualTo(compatible);
    }

    @Test
    void canonical_json_ignores_comments_and_layout_but_not_content() {
        String reformatted = "# a comment\n" + VALID.replace("caseTypes: [S47_ENQUIRY]",
                "caseTypes:\n  - \"S47_ENQUIRY\"");
        String a = TemplateJson.canonical(parse("a.yaml", VALID));
        String b = TemplateJson.canonical(parse("b.yaml", reformatted));
        String c = TemplateJson.canonical(parse("c.yaml", VALID.replace("Is a chronology on file?",
                "Chronology on file?")));

        assertThat(TemplateJson.sha256(a)).isEqualTo(TemplateJson.sha256(b)).isNotEqualTo(TemplateJson.sha256(c));
        assertThat(TemplateJson.read(a)).isEqualTo(parse("a.yaml", VALID));
    }

    @Test
    void ofsted_grades_are_written_exactly_as_ofsted_writes_them() {
        assertThat(AnswerScale.OFSTED_GRADE.options())
                .containsExactly("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
    }
}
