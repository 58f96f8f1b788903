package org.caseaudit.reports;

import org.springframework.stereotype.Component;

/** Builds one report of a kind (the secured services do the checks and the audit trail). */
@Component
class ReportBuilder {

    private final WorkbookService workbooks;

    ReportBuilder(WorkbookService workbooks) {
        this.workbooks = workbooks;
    }

    ReportService.ReportFile build(ReportKind kind, Long cycleId, ReportVariant variant, ReportProgress progress) {
        return switch (kind) {
            case RESULTS_WORKBOOK -> workbooks.resultsWorkbook(required(cycleId), variant, progress);
            case ACTION_PLAN_WORKBOOK -> workbooks.actionPlanWorkbook(cycleId, variant, progress);
            case COMMITTEE_PACK -> throw new UnsupportedOperationException("The committee pack PDF is not available yet");
        };
    }

    private static long required(Long cycleId) {
        if (cycleId == null) {
            throw new IllegalArgumentException("Choose an audit cycle");
        }
        return cycleId;
    }
}
