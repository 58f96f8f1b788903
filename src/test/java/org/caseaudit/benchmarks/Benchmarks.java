package org.caseaudit.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one benchmark report (issue 11): runs each benchmark in its own JVM (so that heap figures and database
 * set-ups do not disturb each other), collects the {@link BenchmarkResult} line each prints, and prints one table of
 * figures, baselines and ratios against their targets. Not part of the test suite; see docs/benchmarks.md.
 * Arguments: names of benchmarks to run (default: all).
 */
public final class Benchmarks {

    /** name, main class, JVM options, arguments. */
    record Entry(String name, String mainClass, List<String> jvm, List<String> args) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("import", "org.caseaudit.cases.ImportBenchmark", List.of("-Xmx256m"), List.of("100000")),
            new Entry("sampling", "org.caseaudit.sampling.SamplingBenchmark", List.of("-Xmx1g"), List.of()),
            new Entry("save", "org.caseaudit.audit.SaveBenchmark", List.of("-Xmx1g"), List.of("200")),
            new Entry("heap-per-ui", "org.caseaudit.benchmarks.HeapPerUiBenchmark", List.of("-Xmx1g"), List.of("20")));

    /**
     * Run only when named ({@code scripts/benchmarks.sh cluster}): the cluster benchmark brings up the three-node
     * Galera cluster of scripts/cluster/cluster.sh and three application nodes in turn (issue 28).
     */
    static final List<Entry> ON_REQUEST = List.of(
            new Entry("cluster", "org.caseaudit.faults.ClusterSaveBenchmark", List.of("-Xmx256m"), List.of("20")),
            // issue 25: 10 councils x 100,000 cases, loaded and refreshed first (several minutes)
            new Entry("scale", "org.caseaudit.cases.ScaleBenchmark", List.of("-Xmx2g"), List.of("10", "100000")));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> wanted = Arrays.asList(args);
        List<Entry> entries = new ArrayList<>(ALL);
        extra(entries);
        ON_REQUEST.stream().filter(e -> wanted.contains(e.name())).forEach(entries::add);
        List<BenchmarkResult> results = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Entry e : entries) {
            if (!wanted.isEmpty() && !wanted.contains(e.name())) {
                continue;
            }
            System.out.println("== " + e.name() + " (" + e.mainClass() + ")");
            long start = System.nanoTime();
            List<BenchmarkResult> found = run(e);
            System.out.printf(Locale.ROOT, "   %d result(s) in %.0f s%n", found.size(), (System.nanoTime()
                    - start) / 1e9);
            if (found.isEmpty()) {
                failed.add(e.name());
            }
            results.addAll(found);
        }
        System.out.println();
        System.out.println(table(results));
        if (!failed.isEmpty()) {
            System.out.println("No result from: " + String.join(", ", failed) + " (see their output above)");
        }
    }

    /** Benchmarks added by other modules, listed by class name if they are on the class path. */
    private static void extra(List<Entry> entries) {
        String[][] optional = {
                {"excel", "org.caseaudit.reports.WorkbookBenchmark", "-Xmx512m"},
                {"pdf", "org.caseaudit.reports.PdfBenchmark", "-Xmx512m"}};
        for (String[] o : optional) {
            try {
                Class.forName(o[1], false, Benchmarks.class.getClassLoader());
                entries.add(new Entry(o[0], o[1], List.of(o[2]), List.of()));
            } catch (ClassNotFoundException absent) {
                // not built in this checkout
            }
        }
    }

    static String table(List<BenchmarkResult> results) {
        StringBuilder sb = new StringBuilder();
        String format = "| %-34s | %-34s | %-34s | %7s | %6s | %-4s |%n";
        sb.append(String.format(Locale.ROOT, format, "benchmark", "measured", "raw baseline (same run)", "ratio",
                "target", "met"));
        sb.append(String.format(Locale.ROOT, format, "-".repeat(34), "-".repeat(34), "-".repeat(34), "-".repeat(7),
                "-".repeat(6), "-".repeat(4)));
        for (BenchmarkResult r : results) {
            sb.append(String.format(Locale.ROOT, format, r.name(), r.measured(), r.baseline(),
                    String.format(Locale.ROOT, "%.2f", r.ratio()), String.format(Locale.ROOT, "%.2f", r.target()),
                    r.meetsTarget() ? "yes" : "no"));
        }
        for (BenchmarkResult r : results) {
            if (!r.note().isBlank()) {
                sb.append("- ").append(r.name()).append(": ").append(r.note()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static List<BenchmarkResult> run(Entry e) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(e.jvm());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(e.mainClass());
        command.addAll(e.args());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<BenchmarkResult> found = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                BenchmarkResult.parse(line).ifPresentOrElse(found::add, () -> { });
                if (line.startsWith(BenchmarkResult.PREFIX) || line.startsWith("[cluster]") || line.startsWith(
                        "Scale:") || line.contains("Timescale statuses of") || line.contains("ratio")
                        || line.startsWith("Frame") || line.startsWith("stratified")
                        || line.contains("heap")) {
                    System.out.println("   " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            System.out.println("   exited with " + exit);
        }
        return found;
    }
}
