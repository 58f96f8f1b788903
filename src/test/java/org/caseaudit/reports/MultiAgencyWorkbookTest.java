package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.IntegrationTest;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.AgencyReturn;
import org.caseaudit.multiagency.MultiAgencyFixture;
import org.caseaudit.multiagency.MultiAgencyService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The lead's workbook of returns and conclusions, read back with POI: its sheets, text never a formula, trailed. */
@IntegrationTest
class MultiAgencyWorkbookTest {

    @Autowired MultiAgencyReports reports;
    @Autowired MultiAgencyService service;
    @Autowired MultiAgencyFixture fixture;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_workbook_holds_every_answer_as_text_and_its_export_is_trailed() throws Exception {
        var w = fixture.world(1, List.of(AgencyKind.POLICE, AgencyKind.HEALTH));
        long audit = w.audit().id();
        String police = w.coordinator(AgencyKind.POLICE);
        AgencyReturn mine = as(police, () -> service.returns(audit), Roles.AGENCY_COORDINATOR).getFirst();
        Map<String, String> answers = new java.util.LinkedHashMap<>(fixture.completeAnswers(AgencyKind.POLICE, "Yes"));
        answers.put("involvement-summary", "=HYPERLINK(\"http://example.invalid\",\"click\")");
        as(police, () -> service.submitReturn(mine.id(), mine.version(), answers), Roles.AGENCY_COORDINATOR);

        byte[] xlsx = as("lead", () -> reports.workbook(audit), Roles.AUDIT_LEAD);

        List<String> sheets = new ArrayList<>();
        Cell formulaLike = null;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.forEach(s -> sheets.add(s.getSheetName()));
            Sheet returns = wb.getSheet("Returns");
            int questions = 0;
            for (Row row : returns) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no cell is a formula").isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                        formulaLike = cell;
                    }
                }
                if (row.getRowNum() > 0 && "Child A".equals(row.getCell(0).getStringCellValue())) {
                    questions++;
                }
            }
            int expected = as("lead", () -> service.template(AgencyKind.POLICE), Roles.AUDIT_LEAD).sections().stream()
                    .mapToInt(s -> s.questions().size()).sum()
                    + as("lead", () -> service.template(AgencyKind.HEALTH), Roles.AUDIT_LEAD).sections().stream()
                    .mapToInt(s -> s.questions().size()).sum();
            assertThat(questions).as("one row per question of both returns").isEqualTo(expected);
            assertThat(formulaLike).isNotNull();
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(sheets).containsExactly("Returns", "Panel conclusions", "Concerns", "Recommendations", "About");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'MA_WORKBOOK_EXPORTED' "
                + "AND target_id = ?", Integer.class, String.valueOf(audit))).isEqualTo(1);
        assertThatThrownBy(() -> as("panel", () -> reports.workbook(audit), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
