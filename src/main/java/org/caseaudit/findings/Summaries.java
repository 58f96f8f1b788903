package org.caseaudit.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of an honest summary, pure: "lowest" and "highest" are taken over the figures that may be shown (a
 * month's own figure, or a figure pooled over three months where the month's is suppressed), never over what is
 * hidden; a measure below the strength level (a setting, default {@value #DEFAULT_STRENGTH_LEVEL}%) is never a
 * strength; the change since the previous cycle is stated in points.
 */
public final class Summaries {

    public static final int DEFAULT_STRENGTH_LEVEL = 80;

    private Summaries() {
    }

    /** A figure that may be shown: {@code pooled} names the months it covers ("August to October 2026"), or null. */
    public record Shown(String questionId, String number, String question, long compliant, long audited,
            String pooled) {

        public double percent() {
            return audited == 0 ? Double.NaN : 100.0 * compliant / audited;
        }

        /** "35% (11 of 31 files, pooled over August to October 2026)". */
        public String describe() {
            return Math.round(percent()) + "% (" + compliant + " of " + audited + " files"
                    + (pooled == null ? "" : ", pooled over " + pooled) + ")";
        }

        /** "1.3 “Referrer told the outcome”". */
        public String name() {
            return (number == null || number.isBlank() ? "" : number + " ") + "\u201c" + question + "\u201d";
        }
    }

    /** The lowest figure (ties: more files first, then checklist order). */
    public static Optional<Shown> lowest(List<Shown> shown) {
        return shown.stream().filter(s -> s.audited() > 0)
                .min(Comparator.comparingDouble(Shown::percent).thenComparing(Comparator.comparingLong(Shown::audited)
                        .reversed()));
    }

    /** The highest figure (ties: more files first, then checklist order). */
    public static Optional<Shown> highest(List<Shown> shown) {
        return shown.stream().filter(s -> s.audited() > 0)
                .max(Comparator.comparingDouble(Shown::percent).thenComparingLong(Shown::audited));
    }

    /** Strengths: figures at or above the level, best first. */
    public static List<Shown> strengths(List<Shown> shown, int level) {
        return shown.stream().filter(s -> s.audited() > 0 && isStrength(s.compliant(), s.audited(), level))
                .sorted(Comparator.comparingDouble(Shown::percent).reversed()
                        .thenComparing(Comparator.comparingLong(Shown::audited).reversed()))
                .toList();
    }

    /** Whether compliant of audited reaches the strength level (per cent, exact: 8 of 10 at 80 is a strength). */
    public static boolean isStrength(long compliant, long audited, int level) {
        return audited > 0 && compliant * 100 >= (long) level * audited;
    }

    /**
     * The change from the previous cycle in whole points: "up 12 points from 58% in September 2026", "down 3 points
     * ...", "no change from 70% in ...". Empty when either figure may not be shown.
     */
    public static Optional<String> change(Shown now, Shown before, String beforeName) {
        if (now == null || before == null || now.audited() == 0 || before.audited() == 0) {
            return Optional.empty();
        }
        long a = Math.round(now.percent());
        long b = Math.round(before.percent());
        String from = b + "% in " + beforeName;
        if (a == b) {
            return Optional.of("no change from " + from);
        }
        long d = Math.abs(a - b);
        return Optional.of((a > b ? "up " : "down ") + d + (d == 1 ? " point" : " points") + " from " + from);
    }

    /** "1 action", "2 actions": the count with its noun agreeing. */
    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "is" or "are" for a count. */
    public static String verb(long n) {
        return n == 1 ? "is" : "are";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
