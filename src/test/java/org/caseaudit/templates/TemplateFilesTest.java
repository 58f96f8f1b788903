package org.caseaudit.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The templates shipped in audit-templates/ are code: they must parse, validate and cover the published findings. */
class TemplateFilesTest {

    static final Path FOLDER = Path.of("audit-templates");
    private static final TemplateParser PARSER = new TemplateParser();

    static Stream<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .toList().stream();
        }
    }

    static Map<String, TemplateDefinition> templates() throws IOException {
        Map<String, TemplateDefinition> byId = new TreeMap<>();
        for (Path file : templateFiles().toList()) {
            TemplateDefinition t = PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file));
            byId.put(t.id(), t);
        }
        return byId;
    }

    @ParameterizedTest
    @MethodSource("templateFiles")
    void every_template_file_parses_and_validates(Path file) throws IOException {
        TemplateDefinition t = PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(file.getFileName().toString()).as("file name is the template id").isEqualTo(t.id() + ".yaml");
        assertThat(t.questions()).isNotEmpty();
    }

    @Test
    void the_first_four_checklists_are_shipped() throws IOException {
        assertThat(templates()).containsKeys("s47-enquiry", "mash-information-sharing", "qualitative-decision-making",
                "re-audit");
    }

    @ParameterizedTest
    @MethodSource("templateFiles")
    void every_compliance_question_has_a_theme_finding_and_action(Path file) throws IOException {
        TemplateDefinition t = PARSER.parse(file.getFileName().toString(), Files.readAllBytes(file));

        t.questions().filter(q -> q.scale().canBeNonCompliant() && q.theme() != null).forEach(q -> assertThat(q)
                .as(t.id() + "/" + q.id())
                .satisfies(x -> assertThat(x.findingText()).isNotBlank(),
                        x -> assertThat(x.suggestedAction()).isNotBlank()));
    }

    /** One entry per finding of the published S47 review (shared domain notes), and the questions that cover it. */
    record Finding(String finding, String templateId, List<String> questionIds) {
    }

    static final List<Finding> PUBLISHED_S47_FINDINGS = List.of(
            new Finding("acknowledgement letters to referrers not on file; referrers told the outcome",
                    "s47-enquiry", List.of("acknowledgement-to-referrer", "outcome-to-referrer",
                    "referral-decision-timely")),
            new Finding("chronologies missing; a chronology on every file", "s47-enquiry", List.of(
            "chronology-on-file")),
            new Finding("parental consent sought and recorded at contact, referral and strategy meeting", "s47-enquiry",
                    List.of("consent-at-contact", "consent-at-referral", "consent-at-strategy-meeting")),
            new Finding("shared without consent: recorded justification with management oversight", "s47-enquiry",
                    List.of("shared-without-consent-justified", "shared-without-consent-authorised")),
            new Finding("consent must not be sought retrospectively", "s47-enquiry", List.of(
            "consent-not-retrospective")),
            new Finding("management oversight of the conduct of the S47 through the strategy discussion", "s47-enquiry",
                    List.of("management-oversight-strategy")),
            new Finding("standalone S47 record separate from the child and family assessment", "s47-enquiry",
                    List.of("s47-standalone-record")),
            new Finding("delays in completing the S47 within 15 working days", "s47-enquiry",
                    List.of("s47-outcome-within-15-days", "icpc-within-15-days")),
            new Finding("no reference to ABE procedures", "s47-enquiry", List.of("abe-procedures-referenced")),
            new Finding("no reference to risk assessment tools (DASH)", "s47-enquiry", List.of("risk-tools-used")),
            new Finding("no reference to local safeguarding procedures", "s47-enquiry", List.of(
            "local-procedures-referenced")),
            new Finding("no reference to statutory guidance (Working Together)", "s47-enquiry",
                    List.of("statutory-guidance-referenced")),
            new Finding("notes of interviews missing", "s47-enquiry", List.of("interview-notes-on-file")),
            new Finding("case history missing", "s47-enquiry", List.of("case-history-on-file")),
            new Finding("supervision direction missing", "s47-enquiry", List.of("supervision-direction-on-file")),
            new Finding("analysis of information after checks missing", "s47-enquiry", List.of(
            "analysis-after-checks")),
            new Finding("threshold decisions and their reasonableness", "s47-enquiry",
                    List.of("threshold-decision-recorded", "threshold-decision-reasonable")),
            new Finding("recording of the reasons behind decisions (independent member)", "qualitative-decision-making",
                    List.of("decision-reasons-recorded", "quality-of-decision-recording")),
            new Finding("strength: timeliness of response", "s47-enquiry", List.of("response-timely")),
            new Finding("strength: other children in the household considered", "s47-enquiry",
                    List.of("other-children-considered")),
            new Finding("strength: quality of early-help assessments", "s47-enquiry", List.of(
            "early-help-assessment-quality")),
            new Finding("strength: coordination with police", "s47-enquiry", List.of("police-coordination")),
            new Finding("strengths recorded", "s47-enquiry", List.of("strengths")));

    static final List<Finding> INFORMATION_SHARING_REVIEW_FINDINGS = List.of(
            new Finding("outcomes of MASH referrals communicated to referrers", "mash-information-sharing",
                    List.of("outcome-to-referrer")),
            new Finding("conference minutes shared with every agency, including paediatrician and GP",
                    "mash-information-sharing",
                    List.of("minutes-shared-all-agencies", "minutes-shared-paediatrician", "minutes-shared-gp")),
            new Finding("justified requests for information for S17 / early-help assessments",
            "mash-information-sharing",
                    List.of("information-request-justified")),
            new Finding("GPs able to learn the status of child protection plans", "mash-information-sharing",
                    List.of("gp-informed-of-plan-status")));

    @Test
    void every_finding_of_the_published_reviews_is_covered_by_a_question() throws IOException {
        Map<String, TemplateDefinition> templates = templates();

        for (Finding f : Stream.concat(PUBLISHED_S47_FINDINGS.stream(),
                INFORMATION_SHARING_REVIEW_FINDINGS.stream()).toList()) {
            TemplateDefinition t = templates.get(f.templateId());
            assertThat(t).as("template for finding '%s'", f.finding()).isNotNull();
            assertThat(f.questionIds()).as("questions for finding '%s'", f.finding()).isNotEmpty();
            for (String questionId : f.questionIds()) {
                assertThat(t.question(questionId)).as("finding '%s': question %s/%s", f.finding(),
                        f.templateId(), questionId)
                        .isPresent();
            }
        }
    }

    @Test
    void s47_template_derives_icpc_timeliness_outcome_to_referrer_and_consent_and_ends_with_a_graded_rationale()
            throws IOException {
        TemplateDefinition s47 = templates().get("s47-enquiry");

        assertThat(s47.question("icpc-within-15-days").orElseThrow().derivation()).isEqualTo(
                Derivation.ICPC_TIMELINESS);
        assertThat(s47.question("outcome-to-referrer").orElseThrow().derivation()).isEqualTo(
                Derivation.OUTCOME_TO_REFERRER);
        assertThat(s47.question("consent-at-contact").orElseThrow().derivation()).isEqualTo(
                Derivation.CONSENT_RECORDED);
        assertThat(s47.overallGrade().rationaleRequired()).isTrue();
    }

    @Test
    void every_re_audit_question_re_asks_an_existing_question_of_the_same_scale() throws IOException {
        Map<String, TemplateDefinition> templates = templates();

        templates.values().stream().flatMap(TemplateDefinition::questions).filter(q -> q.sourceQuestion() != null)
                .forEach(q -> {
                    String[] ref = q.sourceQuestion().split("/");
                    var source = templates.get(ref[0]).question(ref[1]);
                    assertThat(source).as(q.sourceQuestion()).isPresent();
                    assertThat(source.get().scale()).as(q.sourceQuestion()).isEqualTo(q.scale());
                });
    }

    @Test
    void schema_lists_exactly_the_answer_scales_the_application_knows() throws IOException {
        JsonNode schema = new JsonMapper().readTree(FOLDER.resolve("template.schema.json").toFile());
        JsonNode scales = schema.at("/$defs/question/properties/scale/enum");

        assertThat(StreamSupport.stream(scales.spliterator(), false).map(JsonNode::asText))
                .containsExactlyElementsOf(Arrays.stream(AnswerScale.values()).map(Enum::name).toList());
    }

    @Test
    void readme_documents_every_answer_scale_and_derivation() throws IOException {
        String readme = Files.readString(FOLDER.resolve("README.md"));

        assertThat(Stream.concat(Arrays.stream(AnswerScale.values()), Arrays.stream(Derivation.values()))
                .map(Enum::name))
                .allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }

    @Test
    void qualitative_audit_asks_for_no_identifying_details() throws IOException {
        TemplateDefinition t = templates().get("qualitative-decision-making");

        assertThat(t.questions().map(QuestionDefinition::text))
                .noneMatch(text -> text.matches("(?i).*\\b(name|date of birth|address|school)\\b.*"));
    }
}
