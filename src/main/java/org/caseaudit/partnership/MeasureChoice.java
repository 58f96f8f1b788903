package org.caseaudit.partnership;

import java.util.List;

/**
 * A template version that at least one council of the partnership audits with, and its compliance questions (the
 * measures that can be compared): councils are compared only on the same version, so the question is the same.
 */
public record MeasureChoice(String templateId, int templateVersion, String title, List<Question> questions) {

    public record Question(String id, String text, boolean keyMeasure) {
    }

    public String label() {
        return title + " (version " + templateVersion + ")";
    }
}
