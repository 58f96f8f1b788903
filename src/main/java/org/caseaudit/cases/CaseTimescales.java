package org.caseaudit.cases;

import java.time.LocalDate;
import org.caseaudit.calendar.CaseDates;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluation;
import org.caseaudit.calendar.TimescaleEvaluator;

/**
 * The bridge from a case's facts to the calendar module's timescale rules: the one evaluation of a case's timescales,
 * served by the register (list, facts, export, deadline monitor) and, through {@link CaseFacts#timescales()}, to the
 * audit workspace, its derived answers and every report.
 */
final class CaseTimescales {

    private CaseTimescales() {
    }

    /**
     * The case's statutory timescales as of {@code today}. The register holds no review conference date (exports
     * do not carry it), so that measure is reported as data missing rather than as overdue for every old ICPC.
     */
    static TimescaleEvaluation evaluate(TimescaleEvaluator evaluator, CaseData c, LocalDate today) {
        TimescaleEvaluation evaluation = evaluator.evaluate(dates(c), today);
        return new TimescaleEvaluation(evaluation.today(), evaluation.calendarVersion(), evaluation.results().stream()
                .map(r -> r.measure() == Measure.FIRST_REVIEW_CONFERENCE ? notInRegister(r) : r).toList());
    }

    /** One measure of {@link #evaluate(TimescaleEvaluator, CaseData, LocalDate)}, without evaluating the others. */
    static MeasureResult evaluate(TimescaleEvaluator evaluator, Measure measure, CaseData c, LocalDate today) {
        MeasureResult r = evaluator.evaluate(measure, dates(c), today);
        return measure == Measure.FIRST_REVIEW_CONFERENCE ? notInRegister(r) : r;
    }

    private static MeasureResult notInRegister(MeasureResult r) {
        if (r.status() == MeasureStatus.NOT_APPLICABLE) {
            return r;
        }
        return new MeasureResult(r.measure(), MeasureStatus.DATA_MISSING, r.startDate(), r.dueDate(), null, null, null,
                r.stamp(), "The case register holds no review conference date; check the case record. "
                + (r.dueDate() == null ? "" : "Due " + org.caseaudit.shared.ui.Formats.date(r.dueDate()) + "."));
    }

    static CaseDates dates(CaseData c) {
        org.caseaudit.calendar.S47Outcome outcome = c.s47Outcome() == null ? null : c.s47Outcome().forTimescales();
        return new CaseDates(c.referralDate(), c.referralDecisionDate(), c.strategyDiscussionDates(), c.s47StartDate(),
                c.icpcDate(), c.cfaStartDate(), c.cfaCompletionDate(), c.firstCoreGroupDate(), null,
                CaseDates.recordedDay(c.referrerInformedDate()), outcome);
    }
}
