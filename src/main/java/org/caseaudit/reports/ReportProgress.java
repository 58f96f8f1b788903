package org.caseaudit.reports;

/** Where a report build is, for a progress bar: a stage in words and a fraction done (0..1). */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (stage, fraction) -> {
    };

    void at(String stage, double fraction);
}
