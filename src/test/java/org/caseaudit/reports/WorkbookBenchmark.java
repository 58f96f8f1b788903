package org.caseaudit.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.CycleResults;
import org.caseaudit.benchmarks.BenchmarkResult;

/**
 * Not a test: a benchmark. Writes a results workbook of N answer rows (default 100,000) through
 * {@link ResultsWorkbookRenderer} (styles, quote-prefix checks, escaping, filters, five sheets) and, in the same run,
 * writes the same cells with raw POI SXSSF ({@code new SXSSFWorkbook(null, 200, true)}, plain
 * {@code setCellValue}, no styles). Prints the median seconds of 5 rounds after 2 warm-ups, the ratio (target at most
 * 1.2x) and the heap: the peak used heap during a write above the heap used before it (the rows' records are built
 * beforehand and are the same for both), for N/5 and N rows, to show it stays flat. No database.
 * <p>
 * Run: {@code scripts/benchmarks.sh} (all benchmarks), or {@code ./mvnw -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt} then {@code java -Xmx256m -cp target/test-classes:target/classes:$(cat
 * target/cp.txt) org.caseaudit.reports.WorkbookBenchmark [rows]}.
 */
public final class WorkbookBenchmark {

    private static final int ROUNDS = 5;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        new WorkbookTempFolder("");
        ResultsWorkbook small = data(rows / 5);
        ResultsWorkbook data = data(rows);

        for (int i = 0; i < 2; i++) {
            ResultsWorkbookRenderer.write(small, OutputStream.nullOutputStream());
            raw(small, OutputStream.nullOutputStream());
        }
        double[] ours = new double[ROUNDS];
        double[] bare = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            ResultsWorkbookRenderer.write(data, OutputStream.nullOutputStream());
            long t1 = System.nanoTime();
            raw(data, OutputStream.nullOutputStream());
            long t2 = System.nanoTime();
            ours[i] = (t1 - t0) / 1e9;
            bare[i] = (t2 - t1) / 1e9;
        }
        CountingStream size = new CountingStream();
        ResultsWorkbookRenderer.write(data, size);
        double o = Median.withDefaults().evaluate(ours);
        double b = Median.withDefaults().evaluate(bare);

        long oursHeapSmall = peakHeap(() -> ResultsWorkbookRenderer.write(small, OutputStream.nullOutputStream()));
        long oursHeap = peakHeap(() -> ResultsWorkbookRenderer.write(data, OutputStream.nullOutputStream()));
        long rawHeapSmall = peakHeap(() -> raw(small, OutputStream.nullOutputStream()));
        long rawHeap = peakHeap(() -> raw(data, OutputStream.nullOutputStream()));

        String note = String.format(Locale.UK, "%,d answer rows x %d columns, %.1f MB xlsx; peak heap above start: "
                        + "renderer %d MB (%,d rows) / %d MB (%,d rows), raw SXSSF %d MB / %d MB; max heap %d MB",
                rows, ResultsWorkbookRenderer.ANSWER_COLUMNS.size(), size.count / 1e6, mb(oursHeapSmall), rows / 5,
                mb(oursHeap), rows, mb(rawHeapSmall), mb(rawHeap), mb(Runtime.getRuntime().maxMemory()));
        new BenchmarkResult("Results workbook (xlsx), " + String.format(Locale.UK, "%,d", rows) + " rows",
                String.format(Locale.UK, "%.2f s", o), String.format(Locale.UK, "%.2f s raw SXSSF", b), o / b, 1.2,
                note).print();
    }

    /** The same cells with raw SXSSF: strings and numbers, no styles, no checks. */
    static void raw(ResultsWorkbook data, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true)) {
            SXSSFSheet about = wb.createSheet("About");
            int r = 0;
            about.createRow(r++).createCell(0).setCellValue(data.title());
            for (String line : data.about()) {
                about.createRow(r++).createCell(0).setCellValue(line);
            }
            SXSSFSheet answers = wb.createSheet(ResultsWorkbookRenderer.ANSWERS);
            Row header = answers.createRow(0);
            for (int c = 0; c < ResultsWorkbookRenderer.ANSWER_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(ResultsWorkbookRenderer.ANSWER_COLUMNS.get(c).header());
            }
            r = 1;
            for (ResultsWorkbook.Answer a : data.answers()) {
                Row row = answers.createRow(r++);
                String[] v = {a.caseLabel(), a.number(), a.section(), a.question(), a.keyMeasure() ? "Yes" : "No",
                        a.answer(), a.source(), a.proposedAnswer(), a.overrideReason(), a.evidenceNote(), a.auditor(),
                        a.status(), a.moderated() ? "Yes" : "No", a.moderatorAnswer(), a.agreedAnswer(),
                        a.agreedReason()};
                for (int c = 0; c < v.length; c++) {
                    if (v[c] != null) {
                        row.createCell(c).setCellValue(v[c]);
                    }
                }
            }
            SXSSFSheet compliance = wb.createSheet(ResultsWorkbookRenderer.COMPLIANCE);
            r = 0;
            for (ResultsWorkbook.Compliance c : data.compliance()) {
                Row row = compliance.createRow(r++);
                row.createCell(0).setCellValue(c.number());
                row.createCell(1).setCellValue(c.question());
                row.createCell(3).setCellValue(c.audited().value());
                row.createCell(4).setCellValue(c.compliant().value());
                if (c.fraction() != null) {
                    row.createCell(8).setCellValue(c.fraction());
                }
            }
            wb.createSheet(ResultsWorkbookRenderer.SAMPLE).createRow(0).createCell(0).setCellValue(
                    "How the sample was drawn");
            wb.createSheet(ResultsWorkbookRenderer.DRAWN).createRow(0).createCell(0).setCellValue("Draw order");
            wb.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ResultsWorkbook data(int rows) {
        String[] sections = {"Referral and strategy discussion", "Consent and information sharing",
                "Management oversight",
                "Chronology and case history", "Timeliness of the S47 enquiry"};
        String[] answers = {"Yes", "No", "Partly", "Not applicable"};
        List<CycleResults.Row> list = new ArrayList<>(rows);
        int questions = 30;
        for (int i = 0; i < rows; i++) {
            int audit = i / questions;
            int q = i % questions;
            String answer = answers[(i * 7) % answers.length];
            boolean derived = q % 5 == 0;
            boolean overridden = derived && i % 11 == 0;
            list.add(new CycleResults.Row(audit, audit, String.format("CR%07d", audit), "auditor" + (audit % 9),
                    AuditStatus.SUBMITTED, "q" + q, (q / 6 + 1) + "." + (q % 6 + 1), sections[q / 6],
                    "Is there evidence on file that the question number " + q + " was met, with the reasons recorded?",
                    q % 7 == 0, answer, overridden ? CycleResults.Source.OVERRIDDEN
                    : derived ? CycleResults.Source.DERIVED : CycleResults.Source.ENTERED,
                    derived ? "Yes" : null, overridden ? "The record shows a later date than the system field" : null,
                    answer.equals("No") ? (i % 100 == 0 ? "=not a formula, seen on the file" : "Seen on the file: the "
                            + "strategy discussion notes do not record consent") : null,
                    audit % 5 == 0, audit % 5 == 0 ? answer : null, audit % 5 == 0 ? answer : null, null));
        }
        List<ResultsWorkbook.ComplianceInput> compliance = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            compliance.add(new ResultsWorkbook.ComplianceInput("q" + q, "Question " + q, q % 7 == 0, rows / questions,
                    rows / questions / 2, 3, rows / questions / 2 - 3, 7, 0.4, 0.6, false));
        }
        ResultsWorkbook.Context context = new ResultsWorkbook.Context(1, "Benchmark cycle", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), "s47-enquiry", 1, false, "OFFICIAL-SENSITIVE", "lead", Instant.parse(
                "2026-11-22T00:00:00Z"));
        return ResultsWorkbook.build(context, new CycleResults(1, list), Optional.empty(), compliance,
                WorkbookFixtures.ANONYMISER);
    }

    /** Peak used heap while {@code work} runs, above the used heap (after a GC) before it. */
    static long peakHeap(Runnable work) throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        long start = MEMORY.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(start);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        work.run();
        sampler.interrupt();
        sampler.join();
        return Math.max(0, peak.get() - start);
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
