package org.caseaudit.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares a sample between strata. The rounding rule, stated once:
 * <ol>
 * <li>Each stratum's exact quota is {@code n * N_h / N} (proportional) or {@code n / H} (equal), over the strata
 * that can still take cases.</li>
 * <li>Each stratum gets the whole part of its quota; the units left over go one at a time to the largest fractional
 * remainders; equal remainders go to the stratum whose name sorts first (A-Z, {@link String#compareTo}). This is
 * the largest-remainder (Hamilton) method.</li>
 * <li>No stratum gets more than it holds. When a cap binds, the cases it could not take are shared again among the
 * others by the same rule (only equal allocation can hit a cap).</li>
 * <li>With "at least 1 per team", each non-empty stratum left with 0 gets 1, taken from the stratum whose
 * allocation most exceeds its exact quota (ties: name A-Z) among those with more than 1. A sample smaller than the
 * number of strata is then refused.</li>
 * </ol>
 * Reserves are shared by the same rule over what each stratum has left after its sample, without the minimum.
 */
public final class StratumAllocator {

    private StratumAllocator() {
    }

    /** Rows in the order of {@code names} (which must be sorted), with population sizes {@code sizes}. */
    public static List<AllocationRow> allocate(List<String> names, int[] sizes, int sampleSize, int reserves,
                                               Allocation allocation, boolean atLeastOne) {
        int h = names.size();
        long population = 0;
        int nonEmpty = 0;
        for (int size : sizes) {
            population += size;
            if (size > 0) {
                nonEmpty++;
            }
        }
        if (sampleSize > population) {
            throw new SamplingException("size", "The sample (" + sampleSize + ") is larger than the frame ("
                    + population + ")");
        }
        if (atLeastOne && sampleSize < nonEmpty) {
            throw new SamplingException("size", "At least 1 per team needs a sample of at least " + nonEmpty
                    + " (the number of teams in the frame), not " + sampleSize);
        }
        long[] weights = new long[h];
        for (int i = 0; i < h; i++) {
            weights[i] = allocation == Allocation.EQUAL ? (sizes[i] > 0 ? 1 : 0) : sizes[i];
        }
        int[] sample = share(sampleSize, weights, sizes);
        BigDecimal[] quotas = quotas(sampleSize, weights);
        if (atLeastOne) {
            raiseEmptyToOne(sample, sizes, weights, sampleSize);
        }
        int[] left = new int[h];
        for (int i = 0; i < h; i++) {
            left[i] = sizes[i] - sample[i];
        }
        int reserveCount = (int) Math.min(reserves, population - sampleSize);
        long[] reserveWeights = new long[h];
        for (int i = 0; i < h; i++) {
            reserveWeights[i] = left[i] == 0 ? 0 : weights[i];
        }
        int[] reserve = share(reserveCount, reserveWeights, left);
        List<AllocationRow> rows = new ArrayList<>(h);
        for (int i = 0; i < h; i++) {
            rows.add(new AllocationRow(names.get(i), sizes[i], quotas[i], sample[i], reserve[i]));
        }
        return rows;
    }

    /** Capped largest remainder: {@code total} units by {@code weights}, stratum i taking at most {@code caps[i]}. */
    static int[] share(int total, long[] weights, int[] caps) {
        int h = weights.length;
        int[] given = new int[h];
        int remaining = total;
        boolean[] open = new boolean[h];
        for (int i = 0; i < h; i++) {
            open[i] = caps[i] > 0 && weights[i] > 0;
        }
        while (remaining > 0) {
            long sumWeights = 0;
            for (int i = 0; i < h; i++) {
                if (open[i]) {
                    sumWeights += weights[i];
                }
            }
            if (sumWeights == 0) {
                break;
            }
            long[] remainder = new long[h];
            int handedOut = 0;
            for (int i = 0; i < h; i++) {
                if (!open[i]) {
                    continue;
                }
                long numerator = (long) remaining * weights[i];
                int whole = (int) Math.min(numerator / sumWeights, caps[i] - given[i]);
                given[i] += whole;
                handedOut += whole;
                remainder[i] = numerator % sumWeights;
            }
            int leftOver = remaining - handedOut;
            // Largest remainders first; names are sorted, so the lower index wins a tie.
            while (leftOver > 0) {
                int best = -1;
                for (int i = 0; i < h; i++) {
                    if (open[i] && given[i] < caps[i] && remainder[i] >= 0
                            && (best < 0 || remainder[i] > remainder[best])) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                given[best]++;
                remainder[best] = -1;
                leftOver--;
            }
            int newRemaining = total - sum(given);
            for (int i = 0; i < h; i++) {
                if (given[i] >= caps[i]) {
                    open[i] = false;
                }
            }
            if (newRemaining == remaining && leftOver > 0 && !anyOpen(open)) {
                break;
            }
            remaining = newRemaining;
        }
        return given;
    }

    private static void raiseEmptyToOne(int[] sample, int[] sizes, long[] weights, int sampleSize) {
        long sumWeights = 0;
        for (long w : weights) {
            sumWeights += w;
        }
        for (int i = 0; i < sample.length; i++) {
            if (sizes[i] == 0 || sample[i] > 0) {
                continue;
            }
            int donor = -1;
            long donorExcess = 0;
            for (int j = 0; j < sample.length; j++) {
                if (sample[j] <= 1) {
                    continue;
                }
                // allocation - quota, scaled by sumWeights to stay in whole numbers
                long excess = sample[j] * sumWeights - (long) sampleSize * weights[j];
                if (donor < 0 || excess > donorExcess) {
                    donor = j;
                    donorExcess = excess;
                }
            }
            sample[donor]--;
            sample[i] = 1;
        }
    }

    private static BigDecimal[] quotas(int total, long[] weights) {
        long sumWeights = 0;
        for (long w : weights) {
            sumWeights += w;
        }
        BigDecimal[] quotas = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            quotas[i] = sumWeights == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(total * weights[i]).divide(BigDecimal.valueOf(sumWeights), 2,
                    RoundingMode.HALF_UP);
        }
        return quotas;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static boolean anyOpen(boolean[] open) {
        for (boolean o : open) {
            if (o) {
                return true;
            }
        }
        return false;
    }
}
