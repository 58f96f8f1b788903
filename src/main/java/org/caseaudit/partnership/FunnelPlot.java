package org.caseaudit.partnership;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.caseaudit.findings.ConfidenceInterval;

/**
 * A funnel plot of a proportion (Spiegelhalter, "Funnel plots for comparing institutional performance", Stat Med
 * 2005): the target is the partnership's overall proportion {@code p0}; the control limits at a sample size n are
 * {@code p0 ± z * sqrt(p0 (1 - p0) / n)} (normal approximation, clipped to 0..1) for two-sided 95% (z = 1.960) and
 * 99.8% (z = 3.090). A council's proportion is classed against the limits at its own n; its own 95% Wilson interval
 * (the one the findings already show) is drawn beside it. Councils keep their given order (by name: a funnel, not a
 * league table).
 * <p>
 * The normal approximation was chosen over exact binomial limits because a reader can check it by hand and it gives
 * smooth lines; it is poor when {@code n p0} or {@code n (1 - p0)} is below about 5, which is why such small
 * councils are flagged as small samples and their figures pass the disclosure-control policy first.
 */
public record FunnelPlot(double target, long totalCompliant, long totalAudited, List<Point> points) {

    /** Two-sided 95%: the 97.5th percentile of the standard normal. */
    public static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
    /** Two-sided 99.8%: the 99.9th percentile of the standard normal. */
    public static final double Z998 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.999);

    /** A council's figures going in. {@code shown} false: disclosure control withheld its share. */
    public record Unit(String name, long compliant, long audited, boolean shown) {
        public Unit {
            if (compliant < 0 || audited < 0 || compliant > audited) {
                throw new IllegalArgumentException(name + ": " + compliant + " compliant of " + audited
                        + " audited is not a proportion");
            }
        }
    }

    /** One council on the plot; proportion and interval null when not shown. */
    public record Point(String name, long audited, Double proportion, ConfidenceInterval interval,
            FunnelPosition position) {
    }

    /** Control limits at one n. */
    public record Limits(int n, double lower998, double lower95, double upper95, double upper998) {
    }

    /** The plot of these councils; the target pools every council's figures, shown or not. */
    public static FunnelPlot of(List<Unit> units) {
        long c = units.stream().mapToLong(Unit::compliant).sum();
        long a = units.stream().mapToLong(Unit::audited).sum();
        double target = a == 0 ? Double.NaN : (double) c / a;
        List<Point> points = new ArrayList<>();
        for (Unit u : units) {
            if (!u.shown() || u.audited() == 0 || a == 0) {
                points.add(new Point(u.name(), u.audited(), null, null, FunnelPosition.NOT_SHOWN));
                continue;
            }
            double p = (double) u.compliant() / u.audited();
            points.add(new Point(u.name(), u.audited(), p,
                    ConfidenceInterval.wilson95((int) u.compliant(), (int) u.audited()),
                    position(target, (int) u.audited(), p)));
        }
        return new FunnelPlot(target, c, a, List.copyOf(points));
    }

    /** The limits around {@code target} at sample size n. */
    public static Limits limits(double target, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("A funnel limit needs n of at least 1, not " + n);
        }
        double se = Math.sqrt(target * (1 - target) / n);
        return new Limits(n, clip(target - Z998 * se), clip(target - Z95 * se), clip(target + Z95 * se),
                clip(target + Z998 * se));
    }

    /** Where proportion p at sample size n lies; on a limit counts as within. */
    public static FunnelPosition position(double target, int n, double p) {
        Limits l = limits(target, n);
        if (p > l.upper998()) {
            return FunnelPosition.ABOVE_998;
        }
        if (p > l.upper95()) {
            return FunnelPosition.ABOVE_95;
        }
        if (p < l.lower998()) {
            return FunnelPosition.BELOW_998;
        }
        if (p < l.lower95()) {
            return FunnelPosition.BELOW_95;
        }
        return FunnelPosition.WITHIN;
    }

    /** The limit lines from n = 1 to {@code maxN} (at least the largest council), for drawing. */
    public List<Limits> curve(int maxN, int steps) {
        if (Double.isNaN(target)) {
            return List.of();
        }
        List<Limits> out = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= steps; i++) {
            int n = Math.max(1, (int) Math.round((double) maxN * i / steps));
            if (n != last) {
                out.add(limits(target, n));
                last = n;
            }
        }
        return out;
    }

    private static double clip(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
