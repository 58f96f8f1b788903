package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.IntegrationTest;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The workbooks on the demo data, and who may have which version: checked at the service, not the screen. */
@IntegrationTest
class WorkbookServiceTest {

    @Autowired
    WorkbookService workbooks;
    @Autowired
    ReportDeliveryService delivery;
    @Autowired
    JdbcTemplate jdbc;

    long demoCycle() {
        return jdbc.queryForObject(
                "SELECT cycle_id FROM case_audit WHERE council_id = ? GROUP BY cycle_id ORDER BY COUNT(*) DESC LIMIT 1",
                Long.class, CurrentCouncil.INSTALLATION_COUNCIL);
    }

    List<String> references(long cycle) {
        return jdbc.queryForList("SELECT DISTINCT case_reference FROM case_audit WHERE cycle_id = ?",
                String.class, cycle);
    }

    int trail(String action, String actor, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ? AND outcome = ?",
                Integer.class, action, actor, outcome);
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_audit_lead_gets_the_full_results_workbook_with_every_answer_and_it_is_recorded() throws Exception {
        long cycle = demoCycle();
        int before = trail("REPORT_GENERATED", "lead", "SUCCESS");
        ReportService.ReportFile file = workbooks.resultsWorkbook(cycle, ReportVariant.IDENTIFIED);
        assertThat(file.fileName()).endsWith(".xlsx").doesNotContain("anonymised");
        assertThat(file.contentType()).isEqualTo(WorkbookService.XLSX);
        int answers = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_answer a JOIN case_audit c ON c.id = a.case_audit_id "
                + "WHERE c.cycle_id = ? AND c.kind = 'AUDIT' AND a.answer_value IS NOT NULL", Integer.class, cycle);
        try (XSSFWorkbook wb = WorkbookFixtures.read(file.content())) {
            var sheet = wb.getSheet(ResultsWorkbookRenderer.ANSWERS);
            int answered = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(5);
                answered += cell == null || cell.getStringCellValue().isEmpty() ? 0 : 1;
            }
            assertThat(answered).as("answered rows").isEqualTo(answers);
            String text = WorkbookFixtures.allText(wb);
            references(cycle).forEach(r -> assertThat(text).contains(r));
            WorkbookFixtures.assertNoFormulasAndQuotedText(wb);
        }
        assertThat(trail("REPORT_GENERATED", "lead", "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_panel_viewer_is_refused_the_full_workbook_at_the_service_and_the_refusal_is_recorded() {
        long cycle = demoCycle();
        int before = trail("REPORT_REFUSED", "panel", "DENIED");
        assertThatThrownBy(() -> workbooks.resultsWorkbook(cycle, ReportVariant.IDENTIFIED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbooks.actionPlanWorkbook(cycle, ReportVariant.IDENTIFIED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delivery.start(ReportKind.RESULTS_WORKBOOK, cycle, ReportVariant.IDENTIFIED))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(trail("REPORT_REFUSED", "panel", "DENIED")).isEqualTo(before + 3);
    }

    @Test
    @WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
    void an_independent_member_is_refused_the_full_workbook_and_gets_the_anonymised_one() throws Exception {
        long cycle = demoCycle();
        assertThatThrownBy(() -> workbooks.resultsWorkbook(cycle, ReportVariant.IDENTIFIED))
                .isInstanceOf(AccessDeniedException.class);
        ReportService.ReportFile file = workbooks.resultsWorkbook(cycle, ReportVariant.ANONYMISED);
        assertThat(file.fileName()).contains("-anonymised");
        try (XSSFWorkbook wb = WorkbookFixtures.read(file.content())) {
            String text = WorkbookFixtures.allText(wb);
            references(cycle).forEach(r -> assertThat(text).doesNotContain(r));
            assertThat(text).contains(Anonymiser.STATEMENT);
        }
        assertThat(trail("REPORT_GENERATED", "member", "SUCCESS")).isPositive();
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_panel_viewer_builds_the_anonymised_workbook_in_the_background_and_the_download_is_recorded() throws Exception {
        long cycle = demoCycle();
        RunningReport job = delivery.start(ReportKind.RESULTS_WORKBOOK, cycle, ReportVariant.ANONYMISED);
        ReportService.ReportFile file = job.result().get(60, TimeUnit.SECONDS);
        assertThat(job.fraction()).isEqualTo(1.0);
        assertThat(file.fileName()).contains("-anonymised");
        int before = trail("REPORT_DOWNLOADED", "panel", "SUCCESS");
        delivery.recordDownload(job, file);
        assertThat(trail("REPORT_DOWNLOADED", "panel", "SUCCESS")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                "SELECT detail FROM audit_event WHERE action = 'REPORT_GENERATED' AND actor = 'panel' "
                + "ORDER BY id DESC LIMIT 1", String.class)).contains("results workbook").contains("anonymised");
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_panel_viewer_sees_and_downloads_only_anonymised_stored_files() {
        jdbc.update(
                "INSERT INTO report_file (kind, cycle_id, cycle_name, variant, file_name, content_type, size_bytes, "
                + "sha256, content, created_at, created_by, expires_at) VALUES ('RESULTS_WORKBOOK', 1, 'x', "
                + "'IDENTIFIED', "
                + "'full.xlsx', 'application/x', 1, REPEAT('0', 64), 'x', NOW(6), 'scheduler', NOW(6) + INTERVAL 1 "
                + "DAY)");
        long full = jdbc.queryForObject("SELECT MAX(id) FROM report_file", Long.class);
        try {
            assertThat(delivery.storedReports()).extracting(StoredReport::variant).doesNotContain(
                    ReportVariant.IDENTIFIED);
            assertThatThrownBy(() -> delivery.downloadStored(full)).isInstanceOf(AccessDeniedException.class);
        } finally {
            jdbc.update("DELETE FROM report_file WHERE id = ?", full);
        }
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditors_get_no_cycle_reports_at_all() {
        assertThatThrownBy(() -> workbooks.resultsWorkbook(demoCycle(), ReportVariant.ANONYMISED))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> delivery.cycles()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_panel_viewer_may_not_change_the_schedule() {
        assertThatThrownBy(() -> delivery.saveSchedule(true, true, true, 0)).isInstanceOf(
                AuthorizationDeniedException.class);
        assertThatThrownBy(() -> delivery.schedule()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
