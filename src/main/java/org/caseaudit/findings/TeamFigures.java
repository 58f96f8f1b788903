package org.caseaudit.findings;

/**
 * One team's results in a cycle, for the audit lead's breakdown: audits done, files with at least one finding, and
 * compliant answers of the answers audited over the key measures. Aggregates, but per team they are small numbers:
 * for the audit lead and administrators only, never for the panel.
 */
public record TeamFigures(String team, int done, int filesWithFindings, int keyCompliant, int keyAudited) {

    public String keyMeasures() {
        return keyAudited == 0 ? "none audited" : keyCompliant + " of " + keyAudited + " ("
                + Math.round(100.0 * keyCompliant / keyAudited) + "%)";
    }
}
