package org.caseaudit.multiagency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The lead's workbook of one multi-agency audit: every answer of every return, the panel's conclusions, concerns and
 * recommendations. It names the children's references (the lead's working copy, OFFICIAL-SENSITIVE), so only the lead
 * gets it and every export is trailed.
 */
public record ReturnsWorkbook(String theme, String stage, String cohort, List<AnswerLine> answers,
        List<ConclusionLine> conclusions, List<ConcernLine> concerns, List<Recommendation> recommendations) {

    public ReturnsWorkbook {
        answers = List.copyOf(answers);
        conclusions = List.copyOf(conclusions);
        concerns = List.copyOf(concerns);
        recommendations = List.copyOf(recommendations);
    }

    /** One answer of one return (a question without an answer has a blank one). */
    public record AnswerLine(String child, String childReference, String agency, String status, Instant submittedAt,
            String section, String question, String answer, String note) {
    }

    public record ConclusionLine(String child, String childReference, String domain, String grade, String rationale) {
    }

    public record ConcernLine(String child, String childReference, String agency, String concern, LocalDate due,
            String response) {
    }
}
