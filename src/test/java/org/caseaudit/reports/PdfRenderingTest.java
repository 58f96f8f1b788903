package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The templates render made-up report data: marking on every page, page numbers, the numbers that matter. */
class PdfRenderingTest {

    private final PdfRenderer renderer = new PdfRenderer();

    static String[] pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String[] pages = new String[document.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pages.length; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages[i - 1] = stripper.getText(document).replaceAll("\\s+", " ");
            }
            return pages;
        }
    }

    static void save(String name, byte[] pdf) throws Exception {
        Files.createDirectories(Path.of("target", "report-samples"));
        Files.write(Path.of("target", "report-samples", name), pdf);
    }

    static void assertMarkedAndNumbered(String[] pages) {
        for (int i = 0; i < pages.length; i++) {
            assertThat(pages[i]).as("page %d", i + 1).contains(ReportSamples.MARKING)
                    .contains("Page " + (i + 1) + " of " + pages.length);
        }
    }

    @Test
    void the_committee_pack_prints_every_section_with_the_marking_and_page_x_of_y_on_every_page() throws Exception {
        byte[] pdf = renderer.committeePack(ReportSamples.pack(false, 6, 24));
        save("sample-committee-pack.pdf", pdf);
        String[] pages = pages(pdf);
        assertThat(pages.length).isGreaterThan(4);
        assertMarkedAndNumbered(pages);
        String all = String.join(" ", pages);
        assertThat(all).contains("1 Executive summary").contains("2 Methodology").contains("3 Compliance per question")
                .contains("4 Trend of key measures").contains("5 Themes and strengths").contains("6 Action plan")
                .contains("1234567890").contains("9f2c0e4b1a7d3c5e8f60a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abcd")
                .contains("Issue identified").contains("Action taken by the service").contains("Red Overdue")
                .doesNotContain("Anonymised version");
    }

    @Test
    void the_anonymised_pack_carries_the_statement_and_suppressed_counts() throws Exception {
        byte[] pdf = renderer.committeePack(ReportSamples.pack(true, 6, 24));
        save("sample-committee-pack-anonymised.pdf", pdf);
        String[] pages = pages(pdf);
        assertMarkedAndNumbered(pages);
        assertThat(pages[0]).contains("Anonymised version").contains("pseudonyms");
        assertThat(String.join(" ", pages)).contains(" c c ").doesNotContain("A. Manager");
    }

    @Test
    void the_action_plan_progress_report_lists_overdue_first_on_landscape_pages() throws Exception {
        byte[] pdf = renderer.actionPlanProgress(ReportSamples.actionPlan(120, false));
        save("sample-action-plan-progress.pdf", pdf);
        String[] pages = pages(pdf);
        assertMarkedAndNumbered(pages);
        String all = String.join(" ", pages);
        assertThat(all.indexOf("Overdue")).isLessThan(all.indexOf("Closed in the last 90 days"));
        assertThat(all).contains("Issue 119:");
    }

    @Test
    void the_case_audit_report_prints_answers_notes_grade_and_moderation() throws Exception {
        byte[] pdf = renderer.caseAuditReport(ReportSamples.caseAudit());
        save("sample-case-audit.pdf", pdf);
        String[] pages = pages(pdf);
        assertMarkedAndNumbered(pages);
        String all = String.join(" ", pages);
        assertThat(all).contains("Question 12 text?").contains("Note: Evidence missing on file")
                .contains("Overall grade Good").contains("Moderation outcome Moderated");
    }
}
