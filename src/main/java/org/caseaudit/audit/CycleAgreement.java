package org.caseaudit.audit;

import java.util.List;

/**
 * Agreement between auditors and moderators in one cycle: compliance answers overall (categories Yes, Partly, No, Not
 * applicable), grades (the overall grade and graded questions, on Ofsted's four grades), per question on its own
 * scale, and per auditor on compliance answers.
 */
public record CycleAgreement(long cycleId, int moderatedAudits, Agreement compliance, Agreement grades,
        List<Row> perQuestion, List<Row> perAuditor) {

    public CycleAgreement {
        perQuestion = List.copyOf(perQuestion);
        perAuditor = List.copyOf(perAuditor);
    }

    public record Row(String key, String label, Agreement agreement) {
    }
}
