package org.caseaudit.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many cases to draw: a number, or a percentage of the frame (rounded up to a whole case) optionally kept
 * between a minimum and a maximum. The result never exceeds the frame's size.
 */
public sealed interface SampleSize {

    /** The number of cases for a frame of the given size. */
    int resolve(int populationSize);

    String describe();

    record Fixed(int cases) implements SampleSize {
        public Fixed {
            if (cases < 1) {
                throw new SamplingException("size", "The sample size must be at least 1, not " + cases);
            }
        }

        @Override
        public int resolve(int populationSize) {
            return Math.min(cases, populationSize);
        }

        @Override
        public String describe() {
            return cases + " cases";
        }
    }

    /** {@code atLeast} and {@code atMost} may be null. */
    record Percentage(BigDecimal percent, Integer atLeast, Integer atMost) implements SampleSize {
        public Percentage {
            if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new SamplingException("size", "The percentage must be more than 0 and at most 100");
            }
            if (atLeast != null && atLeast < 1) {
                throw new SamplingException("size", "\"At least\" must be 1 or more");
            }
            if (atMost != null && atMost < 1) {
                throw new SamplingException("size", "\"At most\" must be 1 or more");
            }
            if (atLeast != null && atMost != null && atLeast > atMost) {
                throw new SamplingException("size", "\"At least\" (" + atLeast + ") is more than \"at most\" ("
                        + atMost + ")");
            }
            percent = percent.stripTrailingZeros();
        }

        @Override
        public int resolve(int populationSize) {
            int n = BigDecimal.valueOf(populationSize).multiply(percent)
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
            if (atLeast != null) {
                n = Math.max(n, atLeast);
            }
            if (atMost != null) {
                n = Math.min(n, atMost);
            }
            return Math.min(n, populationSize);
        }

        @Override
        public String describe() {
            String text = percent.toPlainString() + "% of the frame, rounded up";
            if (atLeast != null) {
                text += ", at least " + atLeast;
            }
            if (atMost != null) {
                text += ", at most " + atMost;
            }
            return text;
        }
    }
}
