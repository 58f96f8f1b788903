package org.caseaudit.reports;

import java.util.concurrent.CompletableFuture;

/** A report building in the background: what, for which cycle, how far, and the file once built. */
public final class RunningReport implements ReportProgress {

    private final ReportKind kind;
    private final Long cycleId;
    private final String cycleName;
    private final ReportVariant variant;
    private final CompletableFuture<ReportService.ReportFile> result = new CompletableFuture<>();
    private volatile String stage = "Waiting to start";
    private volatile double fraction;

    RunningReport(ReportKind kind, Long cycleId, String cycleName, ReportVariant variant) {
        this.kind = kind;
        this.cycleId = cycleId;
        this.cycleName = cycleName;
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

    public Long cycleId() {
        return cycleId;
    }

    public String cycleName() {
        return cycleName;
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
