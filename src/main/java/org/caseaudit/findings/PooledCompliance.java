package org.caseaudit.findings;

/**
 * Compliance with one question pooled over the cycles of one template version in a period: aggregate counts only
 * (no case, no audit), for comparisons across councils. {@code audited} = compliant + partly + not compliant.
 */
public record PooledCompliance(String templateId, int templateVersion, String questionId, int cycles, int compliant,
        int audited) {

    public PooledCompliance {
        if (compliant < 0 || audited < compliant) {
            throw new IllegalArgumentException(compliant + " compliant of " + audited + " audited");
        }
    }
}
