package org.caseaudit.reports;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.apache.commons.statistics.descriptive.Median;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: a benchmark. Fills and exports (1) the action-plan progress report with many rows and (2) the committee
 * pack with a 12-cycle trend, through {@link PdfRenderer} (records, record data source, sub-reports, charts) and, in
 * the same run, through the bare Jasper engine with the same compiled reports and the same data already as maps.
 * Prints the median seconds of each, pages and the ratio (target at most 1.2x). No database. Both sides export a
 * tagged PDF (PDF/UA-1: {@link PdfRenderer#taggedExporter}), so the ratio is tagged against tagged; tagging itself
 * costs the same on both sides.
 * <p>
 * Run: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.caseaudit.reports.PdfBenchmark [rows]}.
 */
public final class PdfBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PdfBenchmark.class);
    private static final int ROUNDS = 5;

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        PdfRenderer renderer = new PdfRenderer();

        ActionPlanProgress plan = ReportSamples.actionPlan(rows, false);
        Map<String, Object> planParameters = new HashMap<>();
        planParameters.put("TITLE", plan.title());
        planParameters.put("SUBTITLE", plan.subtitle());
        planParameters.put("MARKING", plan.marking());
        planParameters.put("GENERATED", plan.generated());
        planParameters.put("SUB_LINES", renderer.report("pack-lines"));
        List<Map<String, ?>> planMaps = maps(plan.rows());
        List<Map<String, ?>> totalMaps = maps(plan.totals());
        compare("action-plan progress, " + rows + " actions", () -> renderer.actionPlanProgress(plan), () -> {
            Map<String, Object> p = new HashMap<>(planParameters);
            p.put("DS_TOTALS", new JRMapCollectionDataSource(totalMaps));
            return bare(renderer, "action-plan-progress", p, new JRMapCollectionDataSource(planMaps));
        });

        CommitteePack pack = ReportSamples.pack(false, 12, 60);
        Map<String, Object> packParameters = renderer.committeePackParameters(pack);
        Map<String, List<Map<String, ?>>> packMaps = new LinkedHashMap<>();
        packMaps.put("DS_SUMMARY", maps(pack.summary()));
        packMaps.put("DS_METHODOLOGY", maps(pack.methodology()));
        packMaps.put("DS_AGREEMENT", maps(pack.agreement()));
        packMaps.put("DS_COMPLIANCE", maps(pack.compliance()));
        packMaps.put("DS_TREND", maps(pack.trend()));
        packMaps.put("DS_THEMES", maps(pack.themes()));
        packMaps.put("DS_STRENGTHS", maps(pack.strengths()));
        packMaps.put("DS_ACTIONS", maps(pack.actions()));
        compare("committee pack, 60 questions, 12-cycle trend", () -> renderer.committeePack(pack), () -> {
            Map<String, Object> p = new HashMap<>(packParameters);
            packMaps.forEach((name, list) -> p.put(name, new JRMapCollectionDataSource(list)));
            return bare(renderer, "committee-pack", p, new JREmptyDataSource(1));
        });
    }

    private static byte[] bare(PdfRenderer renderer, String name, Map<String, Object> parameters,
                               net.sf.jasperreports.engine.JRDataSource data) {
        try {
            JasperPrint print = JasperFillManager.fillReport(renderer.report(name), parameters, data);
            // tagged against tagged: the same exporter settings as ours (structure tree, language, title, XMP)
            JRPdfExporter exporter = PdfRenderer.taggedExporter(name);
            exporter.setExporterInput(new SimpleExporterInput(print));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compare(String what, Supplier<byte[]> ours, Supplier<byte[]> bare) throws Exception {
        for (int i = 0; i < 2; i++) {
            ours.get();
            bare.get();
        }
        double[] oursSeconds = new double[ROUNDS];
        double[] bareSeconds = new double[ROUNDS];
        byte[] last = null;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            last = ours.get();
            long t1 = System.nanoTime();
            bare.get();
            long t2 = System.nanoTime();
            oursSeconds[i] = (t1 - t0) / 1e9;
            bareSeconds[i] = (t2 - t1) / 1e9;
        }
        int pages;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(last)) {
            pages = pdf.getNumberOfPages();
        }
        double o = Median.withDefaults().evaluate(oursSeconds);
        double b = Median.withDefaults().evaluate(bareSeconds);
        log.info(String.format(java.util.Locale.UK,
                "%s: %d pages, %.0f KB; ours %.3f s, bare Jasper %.3f s, ratio %.2fx",
                what, pages, last.length / 1024.0, o, b, o / b));
        new org.caseaudit.benchmarks.BenchmarkResult("PDF: " + what, String.format(java.util.Locale.UK,
                "%.2f s, %d pages", o, pages), String.format(java.util.Locale.UK, "bare Jasper %.2f s", b), o / b, 1.2,
                "median of " + ROUNDS
                + " rounds; bare = fill + tagged export of the same compiled report and data").print();
    }

    private static List<Map<String, ?>> maps(List<? extends Record> records) throws Exception {
        List<Map<String, ?>> maps = new ArrayList<>();
        for (Record r : records) {
            Map<String, Object> map = new HashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                map.put(c.getName(), c.getAccessor().invoke(r));
            }
            maps.add(map);
        }
        return maps;
    }
}
