package org.caseaudit.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.caseaudit.reports.internal.StructureTaggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills a compiled report ({@code classpath:reports/<name>.jasper}, built from {@code reports/<name>.jrxml}) with rows
 * and parameters and exports it to PDF. Compiled reports are loaded once and cached.
 */
@Component
class PdfRenderer {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    byte[] render(String reportName, Map<String, Object> parameters, JRDataSource rows, String title) {
        return export(fill(reportName, parameters, rows), title);
    }

    JasperPrint fill(String reportName, Map<String, Object> parameters, JRDataSource rows) {
        try {
            return JasperFillManager.fillReport(report(reportName), new java.util.HashMap<>(parameters), rows);
        } catch (JRException e) {
            throw new IllegalStateException("Report " + reportName + " could not be filled: " + e.getMessage(), e);
        }
    }

    static byte[] export(JasperPrint print, String title) {
        try {
            JRPdfExporter exporter = taggedExporter(title);
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Report " + print.getName() + " could not be exported: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A PDF exporter that writes a tagged PDF for PDF/UA-1: structure tree ({@link StructureTaggerFactory}), document
     * language en-GB, the title in the metadata shown as the window title, and JasperReports' XMP metadata (which
     * declares PDF/UA-1 when tagging is on). Fonts are the embedded DejaVu family of the font extension.
     */
    static JRPdfExporter taggedExporter(String title) {
        JRPdfExporter exporter = new JRPdfExporter(TAGGING);
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Case Audit Workbench");
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagged(true);
        configuration.setTagLanguage(LANGUAGE);
        exporter.setConfiguration(configuration);
        exporter.setConfiguration(new SimplePdfReportConfiguration());
        return exporter;
    }

    /** The language of every report (BCP 47), for the PDF's catalogue and structure tree and the HTML twin. */
    static final String LANGUAGE = "en-GB";

    private static final SimpleJasperReportsContext TAGGING = tagging();

    private static SimpleJasperReportsContext tagging() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        context.setProperty(StructureTaggerFactory.PROPERTY, StructureTaggerFactory.class.getName());
        return context;
    }

    /** The committee pack as a PDF. */
    byte[] committeePack(CommitteePack pack) {
        return export(fill("committee-pack", committeePackParameters(pack), new JREmptyDataSource(1)),
                pack.cover().title() + " · " + pack.cover().cycleName());
    }

    Map<String, Object> committeePackParameters(CommitteePack pack) {
        CommitteePack.Cover cover = pack.cover();
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("MARKING", cover.marking());
        p.put("TITLE", cover.title());
        p.put("CYCLE", cover.cycleName());
        p.put("PERIOD", cover.period());
        p.put("TEMPLATE", cover.template());
        p.put("VERSION_LABEL", cover.anonymised() ? "COMMITTEE PACK · ANONYMISED VERSION" : "COMMITTEE PACK");
        p.put("STATEMENT", cover.statement());
        p.put("GENERATED", cover.generated());
        p.put("SUB_LINES", report("pack-lines"));
        p.put("SUB_PARAGRAPHS", report("pack-paragraphs"));
        p.put("SUB_COMPLIANCE", report("pack-compliance"));
        p.put("SUB_TREND", report("pack-trend"));
        p.put("SUB_THEMES", report("pack-themes"));
        p.put("SUB_ACTIONS", report("pack-actions"));
        p.put("DS_SUMMARY", RecordDataSource.of(pack.summary()));
        p.put("DS_METHODOLOGY", RecordDataSource.of(pack.methodology()));
        p.put("DS_AGREEMENT", RecordDataSource.of(pack.agreement()));
        p.put("DS_COMPLIANCE", RecordDataSource.of(pack.compliance()));
        p.put("DS_TREND", RecordDataSource.of(pack.trend()));
        p.put("DS_THEMES", RecordDataSource.of(pack.themes()));
        p.put("DS_STRENGTHS", RecordDataSource.of(pack.strengths()));
        p.put("DS_ACTIONS", RecordDataSource.of(pack.actions()));
        p.put("CHART_COMPLIANCE", PackCharts.compliance(pack.compliance()));
        p.put("CHART_TREND", PackCharts.trend(pack.trend()));
        p.put("CHART_COMPLIANCE_ALT", PackCharts.complianceAlt(pack.compliance()));
        p.put("CHART_TREND_ALT", PackCharts.trendAlt(pack.trend()));
        p.put("COMPLIANCE_INTRO", complianceIntro(cover.anonymised()));
        p.put("EMPTY_COMPLIANCE", pack.compliance().isEmpty() ? "No audit of this cycle has final answers yet." : null);
        p.put("EMPTY_TREND", pack.trend().isEmpty() ? "No key measure of this checklist has results in the recent "
                + "cycles yet." : null);
        p.put("EMPTY_THEMES", pack.themes().isEmpty() ? "No findings: every audited answer was compliant." : null);
        p.put("EMPTY_STRENGTHS", pack.strengths().isEmpty() ? "No strengths recorded yet." : null);
        p.put("EMPTY_ACTIONS", pack.actions().isEmpty() ? "No actions have been agreed for this cycle yet." : null);
        return p;
    }

    /** The note above the compliance table (the PDF's and the HTML twin's). */
    static String complianceIntro(boolean anonymised) {
        return "n is the number of files audited on the question (answers of not applicable are "
                + "left out); % is the share of those that were compliant; the 95% interval (Wilson) shows how far the "
                + "true rate may lie from the sample's. Fewer than 10 files audited: read the percentage with its "
                + "interval." + (anonymised ? " Small counts of files, and any figure from which one could be "
                + "worked out, show as c, and so do the percentages and intervals based on them; where a month is too "
                + "small, the figure pooled over three months is given in the note." : "");
    }

    /** One case audit as a PDF. */
    byte[] caseAuditReport(CaseAuditReport report) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("TITLE", report.title());
        p.put("SUBTITLE", report.subtitle());
        p.put("MARKING", report.marking());
        p.put("GENERATED", report.generated());
        p.put("SUB_LINES", report("pack-lines"));
        p.put("DS_HEADER", RecordDataSource.of(report.header()));
        p.put("DS_FACTS", RecordDataSource.of(report.facts()));
        p.put("DS_TIMESCALES", RecordDataSource.of(report.timescales()));
        p.put("DS_JUDGEMENT", RecordDataSource.of(report.judgement()));
        p.put("DS_MODERATION", RecordDataSource.of(report.moderation()));
        p.put("HAS_TIMESCALES", !report.timescales().isEmpty());
        return render("case-audit-report", p, RecordDataSource.of(report.answers()), report.title());
    }

    /** The action-plan progress report as a PDF. */
    byte[] actionPlanProgress(ActionPlanProgress report) {
        return export(fillActionPlanProgress(report), report.title());
    }

    JasperPrint fillActionPlanProgress(ActionPlanProgress report) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("TITLE", report.title());
        p.put("SUBTITLE", report.subtitle());
        p.put("MARKING", report.marking());
        p.put("STATEMENT", report.statement());
        p.put("GENERATED", report.generated());
        p.put("EMPTY", report.rows().isEmpty() ? "No open or recently closed actions." : null);
        p.put("SUB_LINES", report("pack-lines"));
        p.put("DS_TOTALS", RecordDataSource.of(report.totals()));
        return fill("action-plan-progress", p, RecordDataSource.of(report.rows()));
    }

    /** The self-evaluation pack as a PDF. */
    byte[] selfEvaluation(SelfEvaluation pack) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("TITLE", pack.title());
        p.put("SUBTITLE", pack.subtitle());
        p.put("MARKING", pack.marking());
        p.put("STATEMENT", pack.statement());
        p.put("GENERATED", pack.generated());
        return render("self-evaluation", p, RecordDataSource.of(SelfEvaluationRows.of(pack)), pack.title() + " \u00b7 "
                + pack.subtitle());
    }

    JasperReport report(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/reports/" + n + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("No compiled report reports/" + n + ".jasper on the classpath; "
                            + "build with ./mvnw, which compiles reports/*.jrxml");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("Compiled report " + n + " cannot be loaded: " + e.getMessage(), e);
            }
        });
    }
}
