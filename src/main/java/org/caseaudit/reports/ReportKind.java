package org.caseaudit.reports;

/** The reports that build in the background and are offered for download, and what each is about. */
public enum ReportKind {
    COMMITTEE_PACK("Committee pack (PDF)", "committee-pack", Scope.CYCLE),
    COMMITTEE_PACK_HTML("Committee pack (accessible HTML)", "committee-pack-html", Scope.CYCLE),
    RESULTS_WORKBOOK("Results workbook (Excel)", "results", Scope.CYCLE),
    ACTION_PLAN_WORKBOOK("Action-plan workbook (Excel)", "action-plan", Scope.CYCLE_OR_ALL),
    ACTION_PLAN_PROGRESS("Action-plan progress report (PDF)", "action-plan-progress", Scope.ALL),
    ACTION_PLAN_PROGRESS_HTML("Action-plan progress report (accessible HTML)", "action-plan-progress-html", Scope.ALL),
    CASE_AUDIT_REPORT("Case audit report (PDF)", "case-audit", Scope.AUDIT),
    SELF_EVALUATION("Self-evaluation pack (PDF)", "self-evaluation", Scope.PERIOD),
    SELF_EVALUATION_WORKBOOK("Self-evaluation workbook (Excel)", "self-evaluation-workbook", Scope.PERIOD);

    /**
     * What the id given with a request names: a cycle, nothing (all cycles), either, one audit, or a period of 12
     * months (its last month as {@code yyyyMM}).
     */
    public enum Scope { CYCLE, ALL, CYCLE_OR_ALL, AUDIT, PERIOD }

    private final String label;
    private final String slug;
    private final Scope scope;

    ReportKind(String label, String slug, Scope scope) {
        this.label = label;
        this.slug = slug;
        this.scope = scope;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return slug;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether the report can be limited to one delivery group's actions (the action-plan reports). */
    public boolean groupScoped() {
        return this == ACTION_PLAN_WORKBOOK || this == ACTION_PLAN_PROGRESS || this == ACTION_PLAN_PROGRESS_HTML;
    }
}
