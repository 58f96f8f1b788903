package org.caseaudit.templates;

import java.util.List;
import java.util.Optional;

/**
 * A titled group of questions; {@code description} may be null. {@code grade} is non-null when the section is a graded
 * domain: its grade question is then the last of {@code questions}.
 */
public record SectionDefinition(String id, String title, String description, List<QuestionDefinition> questions,
                                DomainGradeDefinition grade) {

    public SectionDefinition {
        questions = List.copyOf(questions);
    }

    public SectionDefinition(String id, String title, String description, List<QuestionDefinition> questions) {
        this(id, title, description, questions, null);
    }

    public Optional<DomainGradeDefinition> gradeIfAny() {
        return Optional.ofNullable(grade);
    }
}
