package org.caseaudit.templates;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Graded domains in templates: version 2 of the S47 and qualitative templates grade the child's experience and the
 * impact on the child; version 1 stays shipped and valid; the canonical form of a template without domains is
 * unchanged, so stored versions keep their hash.
 */
class DomainGradeTemplateTest {

    private static final TemplateParser PARSER = new TemplateParser();
    private static final Path FOLDER = Path.of("audit-templates");

    private static TemplateDefinition parse(Path file) throws IOException {
        return PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"s47-enquiry.yaml", "qualitative-decision-making.yaml"})
    void version_2_grades_the_childs_experience_and_the_impact_on_the_child(String file) throws IOException {
        TemplateDefinition t = parse(FOLDER.resolve(file));

        assertThat(t.version()).isEqualTo(2);
        assertThat(t.gradedDomains()).extracting(s -> s.grade().questionId())
                .containsExactly("child-experience-grade", "impact-grade");
        assertThat(t.questions().map(QuestionDefinition::id))
                .contains("child-seen-alone", "lived-experience-described", "impact-recorded");
        t.gradedDomains().forEach(s -> {
            QuestionDefinition last = s.questions().getLast();
            assertThat(last.id()).isEqualTo(s.grade().questionId());
            assertThat(last.scale()).isEqualTo(AnswerScale.OFSTED_GRADE);
            assertThat(last.evidenceRequiredWhenNonCompliant()).isTrue();
            assertThat(t.isDomainGrade(last.id())).isTrue();
        });
        assertThat(t.overallGrade()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"s47-enquiry.v1.yaml, s47-enquiry", "qualitative-decision-making.v1.yaml, qualitative-decision-making"})
    void version_1_is_still_shipped_valid_and_without_domains(String file, String id) throws IOException {
        TemplateDefinition t = parse(FOLDER.resolve("earlier-versions").resolve(file));

        assertThat(t.id()).isEqualTo(id);
        assertThat(t.version()).isEqualTo(1);
        assertThat(t.gradedDomains()).isEmpty();
        assertThat(TemplateJson.canonical(t)).doesNotContain("\"grade\"");
    }

    @Test
    void version_2_keeps_every_question_id_of_version_1() throws IOException {
        for (String id : List.of("s47-enquiry", "qualitative-decision-making")) {
            TemplateDefinition v1 = parse(FOLDER.resolve("earlier-versions").resolve(id + ".v1.yaml"));
            TemplateDefinition v2 = parse(FOLDER.resolve(id + ".yaml"));
            assertThat(v2.questions().map(QuestionDefinition::id).toList())
                    .containsAll(v1.questions().map(QuestionDefinition::id).toList());
        }
    }

    @Test
    void a_stored_definition_with_domains_reads_back_equal() throws IOException {
        TemplateDefinition t = parse(FOLDER.resolve("s47-enquiry.yaml"));

        assertThat(TemplateJson.read(TemplateJson.canonical(t))).isEqualTo(t);
    }

    private static final String WITH_GRADE = """
            id: graded
            version: 1
            title: Graded
            purpose: A test.
            caseTypes: [S47_ENQUIRY]
            sections:
              - id: child
                title: Child
                questions:
                  - id: seen
                    text: Seen?
                    scale: YES_NO_NA
                grade:
                  id: %s
                  text: Grade for the child
                  %s
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            grade id clashes with a question | seen        | rationaleRequired: true | sections[0].grade.id: duplicate question id 'seen'
            grade id is not an identifier    | Child_Grade | rationaleRequired: true | sections[0].grade.id: 'Child_Grade' must be lower-case
            unknown field in the grade       | child-grade | scale: OFSTED_GRADE     | sections[0].grade.scale: unknown field 'scale'
            """)
    void a_bad_domain_grade_is_refused_naming_the_field(String name, String id, String extra, String message) {
        assertThatThrownBy(() -> PARSER.parse("graded.yaml", WITH_GRADE.formatted(id, extra).getBytes(UTF_8)))
                .isInstanceOf(TemplateValidationException.class).hasMessageContaining(message);
    }
}
