package org.caseaudit.findings;

import java.util.List;
import org.caseaudit.audit.CycleProgress;

/** A cycle's compliance per question (template order), with how many of its audits are done. */
public record CycleCompliance(long cycleId, String cycleName, CycleProgress progress,
        List<QuestionCompliance> questions) {

    public CycleCompliance {
        questions = List.copyOf(questions);
    }

    public List<QuestionCompliance> keyMeasures() {
        return questions.stream().filter(QuestionCompliance::keyMeasure).toList();
    }
}
