package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseaudit.IntegrationTest;
import org.caseaudit.templates.TemplateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    TemplateService templates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void the_blank_s47_checklist_prints_every_question_numbered_with_marking_and_page_numbers() throws Exception {
        var template = templates.find("s47-enquiry", 1).orElseThrow();
        ReportService.ReportFile file = reports.blankChecklist("s47-enquiry", 1);

        assertThat(file.fileName()).isEqualTo("s47-enquiry-v1-checklist.pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report-samples", file.fileName()), file.content());
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains(template.title().replaceAll("\\s+", " "));
            assertThat(text).contains("OFFICIAL");
            assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
            template.questions().forEach(q -> assertThat(text).as("question %s", q.id())
                    .contains(q.text().replaceAll("\\s+", " ")));
            assertThat(text).contains("1.1 " + template.sections().getFirst().questions().getFirst().text());
            assertThat(text).contains("Requires improvement to be good");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(template.title());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_GENERATED' "
                + "and target_id = 's47-enquiry v1' and actor = 'auditor'", Integer.class)).isPositive();
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void the_scrutiny_panel_does_not_get_checklists() {
        assertThatThrownBy(() -> reports.blankChecklist("s47-enquiry", 1)).isInstanceOf(
                AuthorizationDeniedException.class);
    }
}
