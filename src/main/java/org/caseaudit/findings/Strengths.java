package org.caseaudit.findings;

import java.util.List;

/**
 * What went well in a cycle: key measures with their compliant answers ("9 of 10 files"), best first, and the
 * strengths the auditors wrote on each audit (case data: the case reference is kept for the audit lead).
 */
public record Strengths(List<KeyMeasure> keyMeasures, List<AuditStrength> notes) {

    public Strengths {
        keyMeasures = List.copyOf(keyMeasures);
        notes = List.copyOf(notes);
    }

    public record KeyMeasure(String templateId, String questionId, String question, String theme, int compliant,
            int audited) {

        public String summary() {
            return question + " \u2014 compliant in " + compliant + " of " + audited + " files";
        }
    }

    public record AuditStrength(long auditId, String caseReference, String text) {
    }
}
