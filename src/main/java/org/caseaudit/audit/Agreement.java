package org.caseaudit.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement between two raters (auditor and moderator) who each put the same items into one of a fixed set of
 * categories: per cent agreement, Cohen's kappa and Gwet's AC1. Kappa is distorted when one answer dominates (the
 * "kappa paradox": high agreement, kappa near zero), which is common in compliance audits; AC1 is reported beside it.
 *
 * @param items            number of items rated by both
 * @param observed         proportion of items on which both agree (0..1)
 * @param cohensKappa      Cohen's kappa; NaN when it is not defined (chance agreement is 1, e.g. both raters used one
 *                         category only)
 * @param gwetsAc1         Gwet's AC1 over the given categories; NaN with fewer than two categories or no items
 */
public record Agreement(int items, double observed, double cohensKappa, double gwetsAc1) {

    /** A pair of ratings of one item. */
    public record Pair(String first, String second) {
        public Pair {
            Objects.requireNonNull(first, "first rating");
            Objects.requireNonNull(second, "second rating");
        }
    }

    /**
     * Computes the statistics. {@code categories} is the answer scale (e.g. yes, no, not applicable): AC1 depends on
     * the number of categories, so it must be the scale, not only the categories that happened to be used.
     */
    public static Agreement of(List<Pair> pairs, List<String> categories) {
        int n = pairs.size();
        if (n == 0) {
            return new Agreement(0, Double.NaN, Double.NaN, Double.NaN);
        }
        Map<String, double[]> marginals = new LinkedHashMap<>();
        for (String category : categories) {
            marginals.put(category, new double[2]);
        }
        int agreed = 0;
        for (Pair pair : pairs) {
            double[] first = marginals.get(pair.first());
            double[] second = marginals.get(pair.second());
            if (first == null || second == null) {
                throw new IllegalArgumentException("Rating outside the scale " + categories + ": " + pair);
            }
            first[0]++;
            second[1]++;
            if (pair.first().equals(pair.second())) {
                agreed++;
            }
        }
        double observed = (double) agreed / n;
        double kappaChance = 0;
        double ac1Chance = 0;
        for (double[] counts : marginals.values()) {
            double p1 = counts[0] / n;
            double p2 = counts[1] / n;
            kappaChance += p1 * p2;
            double pi = (p1 + p2) / 2;
            ac1Chance += pi * (1 - pi);
        }
        int q = categories.size();
        double kappa = kappaChance >= 1 ? Double.NaN : (observed - kappaChance) / (1 - kappaChance);
        double ac1 = q < 2 ? Double.NaN : (observed - ac1Chance / (q - 1)) / (1 - ac1Chance / (q - 1));
        return new Agreement(n, observed, kappa, ac1);
    }

    public double percentAgreement() {
        return observed * 100;
    }
}
