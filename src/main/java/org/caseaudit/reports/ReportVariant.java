package org.caseaudit.reports;

/**
 * Full (identifying cases and staff; audit leads and administrators only) or anonymised (anyone who may have reports).
 */
public enum ReportVariant {
    IDENTIFIED("Full (identifies cases and staff)", ""),
    ANONYMISED("Anonymised", "-anonymised");

    private final String label;
    private final String fileSuffix;

    ReportVariant(String label, String fileSuffix) {
        this.label = label;
        this.fileSuffix = fileSuffix;
    }

    public String label() {
        return label;
    }

    String fileSuffix() {
        return fileSuffix;
    }

    public boolean anonymised() {
        return this == ANONYMISED;
    }
}
