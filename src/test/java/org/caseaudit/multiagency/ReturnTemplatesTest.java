package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateValidationException;
import org.caseaudit.templates.TemplateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agency return templates in audit-templates/multi-agency/ are code: each validates like every checklist, core and
 * agency questions never share an id, and the return rules (drafts, submission) are checked against a real template.
 */
class ReturnTemplatesTest {

    static final Path FOLDER = Path.of("audit-templates", "multi-agency");
    static final ReturnTemplates TEMPLATES = new ReturnTemplates(validator());

    static TemplateValidator validator() {
        return TemplateValidator.standalone();
    }

    @Test
    void every_file_validates_and_is_named_after_its_id() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSize(1 + AgencyKind.values().length);
            for (Path file : yaml) {
                TemplateDefinition t = validator().validate(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat("multi-agency-" + file.getFileName()).isEqualTo(t.id() + ".yaml");
                assertThat(t.caseTypes()).containsExactly("MULTI_AGENCY");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AgencyKind.class)
    void each_agency_answers_the_common_core_then_its_own_questions_with_no_id_twice(AgencyKind kind) {
        ReturnTemplate t = TEMPLATES.forKind(kind);
        List<String> ids = t.sections().stream().flatMap(s -> s.questions().stream()).map(QuestionDefinition::id)
                .toList();
        Set<String> unique = new HashSet<>(ids);
        assertThat(unique).hasSameSizeAs(ids).contains("good-practice", "areas-for-development", "recommendations");
        assertThat(t.versionLabel()).startsWith("multi-agency-core v1 + multi-agency-");
        assertThat(t.sections().getLast().id()).endsWith("-practice");
    }

    @Test
    void a_broken_file_is_refused_naming_file_line_and_field() {
        String broken = """
                id: multi-agency-police
                version: 1
                title: Police
                purpose: Police return
                caseTypes: [MULTI_AGENCY]
                sections:
                  - id: police-practice
                    title: Police practice
                    questions:
                      - id: flagged
                        text: Flagged?
                        scale: SOMETIMES
                """;
        assertThatThrownBy(() -> validator().validate("police.yaml", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TemplateValidationException.class).hasMessageContaining("police.yaml")
                .hasMessageContaining("scale");
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            child-voice      | Yes            | ok
            child-voice      | Maybe          | "Maybe" is not an answer
            child-voice:note | any note       | ok
            gp-informed      | Yes            | Unknown question in the return: gp-informed
            agency-grade     | Good           | ok
            agency-grade     | Very good      | "Very good" is not an answer
            good-practice    | Anything goes  | ok
            """)
    void a_draft_may_be_incomplete_but_only_holds_known_questions_and_scale_options(String question, String answer,
            String outcome) {
        ReturnTemplate police = TEMPLATES.forKind(AgencyKind.POLICE);
        if (outcome.equals("ok")) {
            ReturnTemplates.checkDraft(police, Map.of(question, answer));
        } else {
            assertThatThrownBy(() -> ReturnTemplates.checkDraft(police, Map.of(question, answer)))
                    .isInstanceOf(MultiAgencyException.class).hasMessageContaining(outcome);
        }
    }

    @Test
    void submission_needs_every_answer_and_a_note_for_every_non_compliant_answer_that_requires_evidence() {
        ReturnTemplate health = TEMPLATES.forKind(AgencyKind.HEALTH);
        Map<String, String> answers = new LinkedHashMap<>();
        health.sections().forEach(s -> s.questions().forEach(q -> answers.put(q.id(),
                q.scale() == AnswerScale.FREE_TEXT ? "Text" : q.scale().options().getFirst())));
        assertThat(ReturnTemplates.missing(health, answers)).isEmpty();

        answers.put("gp-informed", "No");
        assertThat(ReturnTemplates.missing(health, answers)).containsExactly(
                "Evidence note needed for \"No\": Was the GP informed of the child protection status and conference "
                        + "outcomes?");
        answers.put("gp-informed:note", "Conference minutes not sent");
        answers.remove("recommendations");
        assertThat(ReturnTemplates.missing(health, answers)).containsExactly(
                "Not answered: Recommendations for your agency or the partnership");
    }
}
