package org.caseaudit.templates;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One version of a checklist template, as parsed from its YAML file. Immutable. */
public record TemplateDefinition(
        String id,
        int version,
        String title,
        String purpose,
        List<String> caseTypes,
        List<SectionDefinition> sections,
        OverallGradeDefinition overallGrade) {

    public TemplateDefinition {
        caseTypes = List.copyOf(caseTypes);
        sections = List.copyOf(sections);
    }

    public Stream<QuestionDefinition> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<QuestionDefinition> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The section a question sits in. */
    public Optional<SectionDefinition> sectionOf(String questionId) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }

    /** The graded domains (sections with a grade of their own), in section order. */
    public List<SectionDefinition> gradedDomains() {
        return sections.stream().filter(s -> s.grade() != null).toList();
    }

    /** Whether a question is the grade of a domain rather than a question of its own. */
    public boolean isDomainGrade(String questionId) {
        return sections.stream().anyMatch(s -> s.grade() != null && s.grade().questionId().equals(questionId));
    }

    public Optional<OverallGradeDefinition> overallGradeIfAny() {
        return Optional.ofNullable(overallGrade);
    }
}
