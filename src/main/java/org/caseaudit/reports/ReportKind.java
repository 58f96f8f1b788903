package org.caseaudit.reports;

/** The reports of a cycle that build in the background and are offered for download. */
public enum ReportKind {
    COMMITTEE_PACK("Committee pack (PDF)", "committee-pack"),
    RESULTS_WORKBOOK("Results workbook (Excel)", "results"),
    ACTION_PLAN_WORKBOOK("Action plan workbook (Excel)", "action-plan");

    private final String label;
    private final String slug;

    ReportKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }
}
