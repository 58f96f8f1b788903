package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The published PDFs are tagged for screen readers and pass veraPDF's PDF/UA-1 profile (ISO 14289-1). Report data
 * is made up ({@link ReportSamples}), anonymised as published; the service path is covered by
 * {@code PublishedPackAccessibilityTest}.
 */
class TaggedPdfTest {

    /**
     * veraPDF PDF/UA-1 rules allowed to fail, each with its reason (kept in step with docs/accessible-reports.md).
     * Empty: the pack and the progress report pass every rule. Add a rule here only with the reason it cannot be met
     * inside JasperReports and OpenPDF.
     */
    static final Map<String, String> ALLOWED_FAILURES = Map.of();

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void the_anonymised_committee_pack_passes_pdf_ua_1() throws Exception {
        byte[] pdf = renderer.committeePack(ReportSamples.pack(true, 6, 24));
        PdfRenderingTest.save("tagged-committee-pack-anonymised.pdf", pdf);
        assertPassesPdfUa(pdf);
    }

    @Test
    void the_anonymised_action_plan_progress_report_passes_pdf_ua_1() throws Exception {
        byte[] pdf = renderer.actionPlanProgress(ReportSamples.actionPlan(120, true));
        PdfRenderingTest.save("tagged-action-plan-progress-anonymised.pdf", pdf);
        assertPassesPdfUa(pdf);
    }

    @Test
    void the_identified_pack_and_the_case_audit_report_pass_pdf_ua_1_too() throws Exception {
        assertPassesPdfUa(renderer.committeePack(ReportSamples.pack(false, 12, 60)));
        assertPassesPdfUa(renderer.caseAuditReport(ReportSamples.caseAudit()));
    }

    @Test
    void the_multi_agency_board_report_and_briefing_pass_pdf_ua_1() throws Exception {
        var report = multiAgencyReport();
        byte[] board = renderer.render(MultiAgencyReports.REPORT, Map.of("TITLE", report.title(), "SUBTITLE",
                "Report to the board", "MARKING", report.marking()),
                RecordDataSource.of(MultiAgencyDocuments.boardReport(report)), report.title());
        byte[] briefing = renderer.render(MultiAgencyReports.REPORT, Map.of("TITLE", "7-minute briefing", "SUBTITLE",
                "For practitioners", "MARKING", report.marking()),
                RecordDataSource.of(MultiAgencyDocuments.briefing(report)), "7-minute briefing");
        PdfRenderingTest.save("tagged-multi-agency-board-report.pdf", board);
        assertPassesPdfUa(board);
        assertPassesPdfUa(briefing);
    }

    @Test
    void the_partnership_comparison_pack_passes_pdf_ua_1() throws Exception {
        byte[] pdf = new ComparisonPack(renderer, new HtmlTwinRenderer()).pdf("Test partnership",
                ComparisonPackTest.sample(), "Produced 20/11/2026 10:00 by plead");
        PdfRenderingTest.save("tagged-partnership-comparison-pack.pdf", pdf);
        assertPassesPdfUa(pdf);
    }

    /** A made-up board report: grades, agencies, a finding, a strength, an action and a before-and-after table. */
    static org.caseaudit.multiagency.BoardReport multiAgencyReport() {
        return new org.caseaudit.multiagency.BoardReport("OFFICIAL-SENSITIVE", "Multi-agency case audit: Neglect",
                "Neglect", "Produced 20/11/2026", "A themed multi-agency case audit on neglect.",
                "4 children were audited.", List.of(new org.caseaudit.multiagency.BoardReport.GradeRow("Recognition",
                        "0", "3", "1", "0")), List.of(new org.caseaudit.multiagency.BoardReport.AgencyRow(
                        "Northshire Police (Police)", "4 of 4", "3 of 4")),
                List.of(new org.caseaudit.multiagency.BoardReport.FindingRow("The child's voice is not recorded.",
                        "2 of 16 returns", "Health, Police", "Record the child's words.")),
                List.of("Recognition: graded good or better for most children audited."),
                List.of(new org.caseaudit.multiagency.BoardReport.ActionRow("Immediate concern about one child",
                        "Northshire Police", "27/11/2026", "Acknowledged 22/11/2026")),
                "Counts are shown in full.", "the previous audit of neglect (panel 06/10/2025, 4 children)",
                List.of(new org.caseaudit.multiagency.BoardReport.ComparisonRow("Recognition", "1 of 4", "3 of 4")));
    }

    @Test
    void the_validator_fails_an_untagged_pdf_so_a_pass_means_something() throws Exception {
        JasperPrint print = renderer.fill("committee-pack", renderer.committeePackParameters(
                ReportSamples.pack(true, 6, 24)), new JREmptyDataSource(1));
        JRPdfExporter plain = new JRPdfExporter();
        plain.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plain.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        plain.exportReport();
        assertThat(PdfUaValidation.failedRules(out.toByteArray())).isNotEmpty();
    }

    @Test
    void the_pack_declares_language_title_and_tagging() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.committeePack(ReportSamples.pack(true, 6, 24)))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("Tagged: yes").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(
                    "Case audit: section 47 enquiries · Quarterly audit Q2 2026");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid").contains("Case audit: section 47 enquiries");
            assertThat(catalog.getCOSObject().getDictionaryObject(COSName.LANG)).isNotNull();
        }
    }

    @Test
    void a_screen_reader_meets_the_pack_sections_in_order_with_tables_headed_and_charts_described() throws Exception {
        StructureTree tree;
        try (PDDocument pdf = Loader.loadPDF(renderer.committeePack(ReportSamples.pack(true, 6, 24)))) {
            tree = StructureTree.of(pdf);
        }
        tree.save("structure-committee-pack-anonymised.txt");
        assertThat(tree.ofType("H1")).extracting(StructureTree.Element::text)
                .containsExactly("Case audit: section 47 enquiries");
        assertThat(tree.ofType("H2")).extracting(StructureTree.Element::text).containsExactly("Contents",
                "1 Executive summary", "2 Methodology", "3 Compliance per question", "4 Trend of key measures",
                "5 Themes and strengths", "6 Action plan");
        assertThat(tree.elements().stream().filter(e -> e.type().matches("H[1-6]")).findFirst().orElseThrow().type())
                .isEqualTo("H1");
        // each section's content comes after its heading and before the next one
        int summary = tree.indexOf("H2", "1 Executive summary");
        int methodology = tree.indexOf("H2", "2 Methodology");
        int compliance = tree.indexOf("H2", "3 Compliance per question");
        int trend = tree.indexOf("H2", "4 Trend of key measures");
        int themes = tree.indexOf("H2", "5 Themes and strengths");
        int actions = tree.indexOf("H2", "6 Action plan");
        assertThat(tree.indexOf("LBody", "40 of 42 audits are complete.")).isBetween(summary, methodology);
        assertThat(tree.indexOf("TH", "Random seed")).isBetween(methodology, compliance);
        assertThat(tree.indexOf("H3", "Section 1. Practice area 1")).isBetween(compliance, trend);
        assertThat(tree.indexOf("TH", "Audited")).isBetween(compliance, trend);
        assertThat(tree.indexOf("Figure", "")).isBetween(compliance, trend);
        assertThat(tree.indexOf("P", "Chronology")).isBetween(themes, actions);
        assertThat(tree.indexOf("TH", "Issue identified")).isGreaterThan(actions);
        assertThat(tree.indexOf("TD", "Chronologies not up to date in 6")).isGreaterThan(actions);
        // header cells carry their scope; row headers in the methodology table
        assertThat(tree.ofType("TH")).allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        assertThat(tree.elements().get(tree.indexOf("TH", "Random seed")).scope()).isEqualTo("Row");
        assertThat(tree.elements().get(tree.indexOf("TH", "Issue identified")).scope()).isEqualTo("Column");
        // both charts say what they show; page headers and footers are not read out
        assertThat(tree.ofType("Figure")).extracting(StructureTree.Element::alt).hasSize(2)
                .allSatisfy(alt -> assertThat(alt).isNotBlank())
                .anySatisfy(alt -> assertThat(alt).startsWith("Bar chart of the per cent compliant for"))
                .anySatisfy(alt -> assertThat(alt).startsWith("Line chart of the per cent compliant"));
        assertThat(tree.allText()).doesNotContain("Page 1 of").doesNotContain("Case Audit Workbench · committee pack");
    }

    @Test
    void the_progress_report_reads_as_groups_each_with_a_headed_table() throws Exception {
        StructureTree tree;
        try (PDDocument pdf = Loader.loadPDF(renderer.actionPlanProgress(ReportSamples.actionPlan(40, true)))) {
            tree = StructureTree.of(pdf);
        }
        assertThat(tree.ofType("H1")).extracting(StructureTree.Element::text).containsExactly("Action plan progress");
        List<String> groups = tree.ofType("H2").stream().map(StructureTree.Element::text).distinct().toList();
        assertThat(groups).containsExactly("Overdue", "Open", "Closed in the last 90 days");
        int overdue = tree.indexOf("H2", "Overdue");
        int open = tree.indexOf("H2", "Open");
        assertThat(tree.indexOf("TH", "Issue identified")).isBetween(overdue, open);
        assertThat(tree.indexOf("TD", "Issue 0:")).isBetween(overdue, open);
        assertThat(tree.ofType("Table")).isNotEmpty();
        assertThat(tree.allText()).doesNotContain("Page 1 of");
    }

    private static void assertPassesPdfUa(byte[] pdf) throws Exception {
        Map<String, String> failed = new java.util.TreeMap<>(PdfUaValidation.failedRules(pdf));
        failed.keySet().removeAll(ALLOWED_FAILURES.keySet());
        Files.createDirectories(Path.of("target"));
        assertThat(failed).as("veraPDF PDF/UA-1 rules failed (rule: count and first message)").isEmpty();
    }
}
