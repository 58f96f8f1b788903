package org.caseaudit.findings;

import java.time.LocalDate;
import java.util.List;

/**
 * What closing an action proposes: a small targeted re-audit on the re-audit template of cases whose S47 enquiry
 * started on or after {@code casesFrom} (by default the day the action was created), a seeded random pick of
 * {@code sampleSize}, re-checking {@code questions} (the questions behind the finding that the re-audit template
 * re-asks). {@code questions} is empty when the re-audit template re-asks none of them: the re-audit then rests on its
 * conclusion question alone.
 */
public record ReAuditProposal(long actionId, String templateId, int templateVersion, List<Question> questions,
        LocalDate casesFrom, int sampleSize, long seed, LocalDate dueDate) {

    public ReAuditProposal {
        questions = List.copyOf(questions);
    }

    public record Question(String id, String text) {
    }
}
