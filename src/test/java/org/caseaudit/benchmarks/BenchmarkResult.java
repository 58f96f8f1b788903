package org.caseaudit.benchmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * One benchmark's figure against its raw-engine baseline measured in the same run. Each benchmark prints it as one
 * machine-readable line ({@link #line()}), which {@link Benchmarks} collects from the benchmark's own JVM into one
 * table. {@code ratio} is measured / baseline, oriented so that lower is better (times, heap), and {@code target} is
 * the ceiling for it.
 */
public record BenchmarkResult(String name, String measured, String baseline, double ratio, double target,
                              String note) {

    static final String PREFIX = "BENCHMARK-RESULT\t";

    public String line() {
        return PREFIX + String.join("\t", clean(name), clean(measured), clean(baseline),
                String.format(Locale.ROOT, "%.3f", ratio), String.format(Locale.ROOT, "%.3f", target), clean(note));
    }

    /** Prints the line on standard output (benchmarks are programs, not application code). */
    public void print() {
        System.out.println(line());
        System.out.flush();
    }

    public boolean meetsTarget() {
        return ratio <= target;
    }

    static Optional<BenchmarkResult> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] f = line.substring(PREFIX.length()).split("\t", -1);
        if (f.length < 6) {
            return Optional.empty();
        }
        return Optional.of(new BenchmarkResult(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                f[5]));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
