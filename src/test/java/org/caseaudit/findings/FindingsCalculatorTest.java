package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.FinalAudit;
import org.caseaudit.audit.FinalValues;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compliance, themes, findings and strengths against a hand-counted fixture of ten audits. The table below is the
 * fixture: one row per question, one column per audit (Y yes, P partly, N no, - not applicable, . unanswered).
 *
 * <pre>
 *                        audit 1 2 3 4 5 6 7 8 9 10   compliant partly no  n/a  audited
 * chronology (key)             Y Y P N Y Y N P Y Y    6         2      2   0    10
 * chronology-updated           N Y N Y Y Y Y Y Y Y    8         0      2   0    10
 * genogram  (recording)        Y Y Y Y Y Y Y Y - N    8         0      1   1    9
 * consent   (key)              N Y Y Y Y Y Y Y - -    7         0      1   2    8
 * other     (no theme)         Y Y N Y . Y Y Y Y Y    8         0      1   0    9
 * grade     (Ofsted scale)     not counted
 * </pre>
 * Themes: chronology has findings in audits 1,3,4,7,8 (audit 3 twice, counted once) = 5 of 10 files; recording 1 of
 * 9; consent 1 of 8; other 1 of 9. Findings in all: 4 + 2 + 1 + 1 + 1 = 9.
 */
class FindingsCalculatorTest {

    static final TemplateDefinition TEMPLATE = new TemplateDefinition("t", 1, "Test", "Testing", List.of("S47_ENQUIRY"),
            List.of(new SectionDefinition("records", "Records", null, List.of(
                            q("chronology", AnswerScale.YES_PARTLY_NO_NA, true, "chronology",
                                    "The chronology is missing or out of date."),
                            q("chronology-updated", AnswerScale.YES_NO_NA, false, "chronology",
                                    "The chronology was not updated after the strategy discussion."),
                            q("genogram", AnswerScale.YES_NO_NA, false, "recording", "No genogram on file."))),
                    new SectionDefinition("consent", "Consent", null, List.of(
                            q("consent", AnswerScale.YES_NO_NA, true, "consent", "Consent not recorded."),
                            q("other", AnswerScale.YES_NO_NA, false, null, null),
                            q("grade", AnswerScale.OFSTED_GRADE, false, "quality", "Poor quality.")))),
            null);

    static final String[] ROWS = {
            "chronology         YYPNYYNPYY",
            "chronology-updated NYNYYYYYYY",
            "genogram           YYYYYYYY-N",
            "consent            NYYYYYYY--",
            "other              YYNY.YYYYY",
            "grade              IIIIIIIIII",
    };

    static QuestionDefinition q(String id, AnswerScale scale, boolean key, String theme, String findingText) {
        return new QuestionDefinition(id, "Question " + id + "?", null, List.of(), scale, true, key, null, theme,
                findingText, findingText == null ? null : "Fix " + id, null);
    }

    static List<FinalAudit> audits() {
        List<FinalAudit> audits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<FinalAudit.FinalAnswer> answers = new ArrayList<>();
            for (String row : ROWS) {
                String[] parts = row.split("\\s+");
                String value = switch (parts[1].charAt(i)) {
                    case 'Y' -> "Yes";
                    case 'P' -> "Partly";
                    case 'N' -> "No";
                    case '-' -> "Not applicable";
                    case 'I' -> "Inadequate";
                    default -> null;
                };
                answers.add(new FinalAudit.FinalAnswer(parts[0], value, value == null ? null : "note " + (i + 1),
                        null));
            }
            audits.add(new FinalAudit(100 + i, 7, 500 + i, "REF-" + (i + 1), "t", 1, "auditor", AuditStatus.SUBMITTED,
                    null, "Good", i == 0 ? "Warm, child-focused visits" : i == 1 ? " " : null, answers));
        }
        return audits;
    }

    static List<FinalValues> values() {
        return FindingsCalculator.values(audits());
    }

    static TemplateDefinition template(String id, Integer version) {
        return TEMPLATE;
    }

    static Stream<Arguments> complianceTable() {
        return Stream.of(
                Arguments.of("chronology", 6, 2, 2, 0, 10, 60.0, false, 0.3127, 0.8318),
                Arguments.of("chronology-updated", 8, 0, 2, 0, 10, 80.0, false, 0.4902, 0.9433),
                Arguments.of("genogram", 8, 0, 1, 1, 9, 88.89, true, 0.5650, 0.9801),
                Arguments.of("consent", 7, 0, 1, 2, 8, 87.5, true, 0.5291, 0.9776),
                Arguments.of("other", 8, 0, 1, 0, 9, 88.89, true, 0.5650, 0.9801));
    }

    @ParameterizedTest(name = "{0}: {1} of {5}")
    @MethodSource("complianceTable")
    void compliance_per_question_matches_the_hand_count(String question, int compliant, int partly, int no, int na,
            int audited, double percent, boolean small, double lower, double upper) {
        QuestionCompliance row = FindingsCalculator.compliance(values(), FindingsCalculatorTest::template).stream()
                .filter(r -> r.questionId().equals(question)).findFirst().orElseThrow();
        assertThat(row.compliant()).isEqualTo(compliant);
        assertThat(row.partly()).isEqualTo(partly);
        assertThat(row.nonCompliant()).isEqualTo(no);
        assertThat(row.notApplicable()).isEqualTo(na);
        assertThat(row.audited()).isEqualTo(audited);
        assertThat(row.percent()).isCloseTo(percent, within(0.01));
        assertThat(row.smallSample()).isEqualTo(small);
        assertThat(row.interval().lower()).isCloseTo(lower, within(0.0001));
        assertThat(row.interval().upper()).isCloseTo(upper, within(0.0001));
    }

    @Test
    void grades_make_no_compliance_rows_and_rows_keep_checklist_order() {
        List<QuestionCompliance> rows = FindingsCalculator.compliance(values(), FindingsCalculatorTest::template);
        assertThat(rows).extracting(QuestionCompliance::questionId)
                .containsExactly("chronology", "chronology-updated", "genogram", "consent", "other");
        assertThat(rows).extracting(QuestionCompliance::section)
                .containsExactly("Records", "Records", "Records", "Consent", "Consent");
        assertThat(rows).filteredOn(QuestionCompliance::keyMeasure).extracting(QuestionCompliance::questionId)
                .containsExactly("chronology", "consent");
    }

    @Test
    void themes_count_files_once_and_questions_by_findings() {
        List<Theme> themes = FindingsCalculator.themes(values(), FindingsCalculatorTest::template);
        assertThat(themes).extracting(Theme::tag).containsExactly("chronology", "consent", "other", "recording");
        Map<String, String> summaries = new LinkedHashMap<>();
        themes.forEach(t -> summaries.put(t.tag(), t.files() + " of " + t.auditedFiles()));
        assertThat(summaries).containsExactly(Map.entry("chronology", "5 of 10"), Map.entry("consent", "1 of 8"),
                Map.entry("other", "1 of 9"), Map.entry("recording", "1 of 9"));
        Theme chronology = themes.getFirst();
        assertThat(chronology.summary()).isEqualTo("Chronology: findings in 5 of 10 files");
        assertThat(chronology.questions()).extracting(Theme.ThemeQuestion::summary).containsExactly(
                "The chronology is missing or out of date \u2014 4 of 10 files (2 partly)",
                "The chronology was not updated after the strategy discussion \u2014 2 of 10 files");
        assertThat(chronology.questions().getFirst().suggestedAction()).isEqualTo("Fix chronology");
        assertThat(themes.get(2).questions().getFirst().summary()).isEqualTo("Question other? \u2014 1 of 9 files");
    }

    @Test
    void every_partly_or_non_compliant_final_answer_is_a_finding_with_its_note() {
        List<Finding> findings = FindingsCalculator.findings(audits(), FindingsCalculatorTest::template);
        assertThat(findings).hasSize(9);
        assertThat(findings).filteredOn(f -> f.questionId().equals("chronology"))
                .extracting(Finding::caseReference, Finding::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REF-3", "Partly"),
                        org.assertj.core.groups.Tuple.tuple("REF-4", "No"),
                        org.assertj.core.groups.Tuple.tuple("REF-7", "No"),
                        org.assertj.core.groups.Tuple.tuple("REF-8", "Partly"));
        Finding first = findings.getFirst();
        assertThat(first.caseReference()).isEqualTo("REF-1");
        assertThat(first.questionId()).isEqualTo("chronology-updated");
        assertThat(first.findingText()).isEqualTo("The chronology was not updated after the strategy discussion.");
        assertThat(first.evidenceNote()).isEqualTo("note 1");
        assertThat(first.section()).isEqualTo("Records");
        assertThat(findings).noneMatch(f -> f.questionId().equals("grade"));
    }

    @Test
    void strengths_are_compliant_key_measures_best_first_and_the_auditors_text() {
        Strengths s = FindingsCalculator.strengths(audits(), FindingsCalculatorTest::template);
        assertThat(s.keyMeasures()).extracting(Strengths.KeyMeasure::summary).containsExactly(
                "Question consent? \u2014 compliant in 7 of 8 files",
                "Question chronology? \u2014 compliant in 6 of 10 files");
        assertThat(s.notes()).extracting(Strengths.AuditStrength::caseReference, Strengths.AuditStrength::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REF-1", "Warm, child-focused visits"));
    }
}
