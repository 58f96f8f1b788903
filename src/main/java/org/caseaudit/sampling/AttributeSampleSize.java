package org.caseaudit.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Advice on sample size for attribute sampling (a yes/no compliance question per case), the method behind the
 * AICPA Audit Sampling guide's tables for tests of controls: the smallest n for which, with {@code d} deviations
 * expected ({@code d = ceil(n * expected rate)}), finding at most d deviations would leave at most
 * {@code 1 - confidence} chance that the true rate is at or above the tolerable rate:
 * {@code P(X <= d | n, tolerable) <= 1 - confidence}, X binomial. For a small population the size is then
 * reduced by the finite population correction {@code n' = n / (1 + n / N)}, rounded up.
 */
public final class AttributeSampleSize {

    static final int MAX_SIZE = 5000;

    /**
     * {@code explanation} in the statistics' words; {@code plain} the same advice as one sentence for a reader who does
     * not know them.
     */
    public record Advice(int sampleSize, int expectedDeviations, Integer adjustedForPopulation, String explanation,
                         String plain) {

        /** The size to use: the population-adjusted one when a population was given. */
        public int recommended() {
            return adjustedForPopulation == null ? sampleSize : adjustedForPopulation;
        }
    }

    private AttributeSampleSize() {
    }

    /**
     * @param confidence     e.g. 0.95 (5% risk of over-reliance)
     * @param expectedRate   expected deviation rate, e.g. 0.01
     * @param tolerableRate  tolerable deviation rate, e.g. 0.05
     * @param population     frame size for the finite population correction, or null for none
     */
    public static Advice advise(BigDecimal confidence, BigDecimal expectedRate, BigDecimal tolerableRate,
            Integer population) {
        if (confidence == null || confidence.signum() <= 0 || confidence.compareTo(BigDecimal.ONE) >= 0) {
            throw new SamplingException("confidence", "The confidence level must be between 0% and 100%");
        }
        if (tolerableRate == null || tolerableRate.signum() <= 0 || tolerableRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new SamplingException("tolerableRate", "The tolerable deviation rate must be between 0% and 100%");
        }
        if (expectedRate == null || expectedRate.signum() < 0 || expectedRate.compareTo(tolerableRate) >= 0) {
            throw new SamplingException("expectedRate",
                    "The expected deviation rate must be at least 0% and below the tolerable rate");
        }
        if (population != null && population < 1) {
            throw new SamplingException("population", "The population must have at least 1 case");
        }
        double risk = BigDecimal.ONE.subtract(confidence).doubleValue();
        double tolerable = tolerableRate.doubleValue();
        for (int n = 1; n <= MAX_SIZE; n++) {
            int d = BigDecimal.valueOf(n).multiply(expectedRate).setScale(0, RoundingMode.CEILING).intValueExact();
            if (d >= n) {
                continue;
            }
            if (BinomialDistribution.of(n, tolerable).cumulativeProbability(d) <= risk) {
                Integer adjusted = population == null ? null
                        : (int) Math.ceil(n / (1.0 + (double) n / population));
                String text = "At " + pct(confidence) + " confidence, expecting " + pct(expectedRate)
                        + " deviations and tolerating " + pct(tolerableRate) + ": " + n + " cases (" + d
                        + " deviation" + (d == 1 ? "" : "s") + " expected)"
                        + (adjusted == null ? "" : "; " + adjusted + " for a population of " + population);
                int size = adjusted == null ? n : adjusted;
                String plain = "In plain words: audit " + size + " case" + (size == 1 ? "" : "s") + "; if "
                        + (d == 0 ? "none of them falls" : "no more than " + d + " of them fall" + (d == 1 ? "s" : ""))
                        + " short of a standard, you can be " + pct(confidence) + " sure that fewer than "
                        + pct(tolerableRate) + " of all the cases" + (population == null ? "" : " in the frame")
                        + " fall short of it.";
                return new Advice(n, d, adjusted, text, plain);
            }
        }
        throw new SamplingException("expectedRate", "No sample of up to " + MAX_SIZE
                + " cases meets these rates: the expected rate is too close to the tolerable rate");
    }

    private static String pct(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }
}
