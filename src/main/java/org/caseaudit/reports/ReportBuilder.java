package org.caseaudit.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Builds one report of a kind through the secured services (which do the checks and the audit trail). */
@Component
class ReportBuilder {

    static final String PDF = "application/pdf";

    private final WorkbookService workbooks;
    private final PdfReports pdfs;
    private final Clock clock;
    private final SelfEvaluationReports selfEvaluations;

    ReportBuilder(WorkbookService workbooks, PdfReports pdfs, Clock clock, SelfEvaluationReports selfEvaluations) {
        this.selfEvaluations = selfEvaluations;
        this.workbooks = workbooks;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** {@code id} names a cycle, or an audit for the case audit report, or is null for all cycles. */
    ReportService.ReportFile build(ReportKind kind, Long id, ReportVariant variant, ReportProgress progress) {
        return build(kind, id, null, variant, progress);
    }

    /**
     * As {@link #build(ReportKind, Long, ReportVariant, ReportProgress)}; the action-plan workbook and progress report
     * hold only one delivery group's actions when {@code deliveryGroupId} is set (other reports ignore it).
     */
    ReportService.ReportFile build(ReportKind kind, Long id, Long deliveryGroupId, ReportVariant variant,
            ReportProgress progress) {
        boolean anonymised = variant.anonymised();
        LocalDate today = LocalDate.now(clock);
        return switch (kind) {
            case RESULTS_WORKBOOK -> workbooks.resultsWorkbook(required(id, kind), variant, progress);
            case ACTION_PLAN_WORKBOOK -> workbooks.actionPlanWorkbook(id, deliveryGroupId, variant, progress);
            case COMMITTEE_PACK -> pdf(progress, PdfReports.fileName("committee-pack",
                    WorkbookService.slug(workbooks.cycleName(required(id, kind))), anonymised, today),
                    () -> pdfs.committeePack(id, anonymised));
            case COMMITTEE_PACK_HTML -> file(progress, HtmlTwinRenderer.fileName(PdfReports.fileName("committee-pack",
                    WorkbookService.slug(workbooks.cycleName(required(id, kind))), anonymised, today)),
                    HtmlTwinRenderer.CONTENT_TYPE, () -> pdfs.committeePackHtml(id, anonymised));
            case ACTION_PLAN_PROGRESS_HTML -> file(progress, HtmlTwinRenderer.fileName(PdfReports.fileName(
                    "action-plan-progress", groupSlug(deliveryGroupId), anonymised, today)),
                    HtmlTwinRenderer.CONTENT_TYPE, () -> pdfs.actionPlanProgressHtml(anonymised, deliveryGroupId));
            case ACTION_PLAN_PROGRESS -> pdf(progress, PdfReports.fileName("action-plan-progress",
                    groupSlug(deliveryGroupId), anonymised, today),
                    () -> pdfs.actionPlanProgress(anonymised, deliveryGroupId));
            case SELF_EVALUATION -> built(progress, () -> selfEvaluations.pdf(required(id, kind), anonymised));
            case SELF_EVALUATION_WORKBOOK -> built(progress, () -> selfEvaluations.workbook(required(id, kind),
                    anonymised));
            case CASE_AUDIT_REPORT -> {
                if (anonymised) {
                    throw new IllegalArgumentException("The case audit report is for feedback to the team and has "
                            + "no anonymised version");
                }
                yield pdf(progress, PdfReports.fileName("case-audit", required(id, kind), false, today),
                        () -> pdfs.caseAuditReport(id));
            }
        };
    }

    private static ReportService.ReportFile pdf(ReportProgress progress, String fileName,
                                                java.util.function.Supplier<byte[]> render) {
        return file(progress, fileName, PDF, render);
    }

    private static ReportService.ReportFile file(ReportProgress progress, String fileName, String contentType,
                                                 java.util.function.Supplier<byte[]> render) {
        progress.at("Reading the data and laying out the pages", 0.3);
        byte[] content = render.get();
        progress.at("Ready", 1.0);
        return new ReportService.ReportFile(fileName, contentType, content);
    }

    private static ReportService.ReportFile built(ReportProgress progress,
                                                  java.util.function.Supplier<ReportService.ReportFile> build) {
        progress.at("Reading the period's cycles, grades, moderation and actions", 0.3);
        ReportService.ReportFile file = build.get();
        progress.at("Ready", 1.0);
        return file;
    }

    private static long required(Long id, ReportKind kind) {
        if (id == null) {
            throw new IllegalArgumentException(kind.scope() == ReportKind.Scope.AUDIT ? "Choose an audit"
                    : kind.scope() == ReportKind.Scope.PERIOD ? "Choose a period" : "Choose an audit cycle");
        }
        return id;
    }

    /** The delivery group's name for a file name, or null for the whole plan. */
    private String groupSlug(Long deliveryGroupId) {
        return deliveryGroupId == null ? null : WorkbookService.slug(pdfs.deliveryGroup(deliveryGroupId).name());
    }
}
