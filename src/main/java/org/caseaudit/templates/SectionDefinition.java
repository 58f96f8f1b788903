package org.caseaudit.templates;

import java.util.List;

/** A titled group of questions; {@code description} may be null. */
public record SectionDefinition(String id, String title, String description, List<QuestionDefinition> questions) {

    public SectionDefinition {
        questions = List.copyOf(questions);
    }
}
