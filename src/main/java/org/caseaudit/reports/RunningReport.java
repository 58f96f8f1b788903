package org.caseaudit.reports;

import java.util.concurrent.CompletableFuture;

/**
 * A report building in the background: what, about what ({@code subjectId}: a cycle, an audit for the case audit
 * report, or null for all cycles; {@code subject} in words), how far, and the file once built.
 */
public final class RunningReport implements ReportProgress {

    private final ReportKind kind;
    private final Long subjectId;
    private final String subject;
    private final ReportVariant variant;
    private final CompletableFuture<ReportService.ReportFile> result = new CompletableFuture<>();
    private volatile String stage = "Waiting to start";
    private volatile double fraction;

    RunningReport(ReportKind kind, Long subjectId, String subject, ReportVariant variant) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.subject = subject;
        this.variant = variant;
    }

    @Override
    public void at(String stageNow, double fractionNow) {
        this.stage = stageNow;
        this.fraction = Math.max(0, Math.min(1, fractionNow));
    }

    public ReportKind kind() {
        return kind;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String subject() {
        return subject;
    }

    public ReportVariant variant() {
        return variant;
    }

    public String stage() {
        return stage;
    }

    public double fraction() {
        return fraction;
    }

    /** Completes with the file, or exceptionally with why it could not be built. */
    public CompletableFuture<ReportService.ReportFile> result() {
        return result;
    }
}
