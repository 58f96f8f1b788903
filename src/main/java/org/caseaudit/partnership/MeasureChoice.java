package org.caseaudit.partnership;

import java.util.List;

/**
 * A stored checklist version ({@code inUse}: a council of the partnership has a cycle with it) and its compliance
 * questions (the measures that can be compared): councils are compared only on the same version, so the question is
 * the same.
 */
public record MeasureChoice(String templateId, int templateVersion, String title, boolean inUse,
        List<Question> questions) {

    public record Question(String id, String text, boolean keyMeasure) {
    }

    public String label() {
        return title + " (version " + templateVersion + (inUse ? ", in use" : "") + ")";
    }
}
