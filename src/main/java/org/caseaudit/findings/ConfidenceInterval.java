package org.caseaudit.findings;

import java.util.Locale;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/** A 95% Wilson score interval for a proportion, as fractions (0..1). */
public record ConfidenceInterval(double lower, double upper) {

    /** The error rate of a 95% interval. */
    public static final double ALPHA = 0.05;

    /** The 95% Wilson score interval of {@code successes} of {@code trials}; null when there are no trials. */
    public static ConfidenceInterval wilson95(int successes, int trials) {
        if (trials <= 0) {
            return null;
        }
        Interval i = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(trials, successes, ALPHA);
        return new ConfidenceInterval(i.getLowerBound(), i.getUpperBound());
    }

    /** As whole percentages, e.g. "26%–37%". */
    public String describe() {
        return String.format(Locale.UK, "%.0f%%\u2013%.0f%%", lower * 100, upper * 100);
    }
}
