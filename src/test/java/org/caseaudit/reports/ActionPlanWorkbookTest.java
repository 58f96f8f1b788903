package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.reports.WorkbookFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionPlanWorkbookTest {

    static final List<String> STATUSES = List.of("Not started", "In progress", "Overdue", "Completed",
            "Verified by re-audit");

    static List<ActionPlanWorkbook.Input> inputs() {
        return List.of(
                new ActionPlanWorkbook.Input("A-1", "March 2026 S47", "Chronologies",
                "Chronology missing in 4 of 10 files",
                        "Chronology template added to the case record", "Lena Hughes, Audit lead", "Audit lead",
                        LocalDate.of(2026, 12, 31),
                        "In progress", "Amber", "due within 4 weeks", "Spoke to Aisha Khan about CASE-1001", null,
                        List.of()),
                new ActionPlanWorkbook.Input("A-2", "March 2026 S47", "Consent", "=HYPERLINK(\"http://x\",\"Consent\")",
                        "@Practice week on consent", "Tom Price, Team Manager", "Team Manager", LocalDate.of(2026, 6,
                        30), "Overdue", "Red", "overdue",
                        "Briefing delivered by Tom Price", "-Minutes of the briefing",
                        List.of(new ActionPlanWorkbook.ReAudit("Was consent sought?", 3, 10, 9, 12))));
    }

    private static ActionPlanWorkbook data(boolean anonymised) {
        return ActionPlanWorkbook.build("March 2026 S47", inputs(), STATUSES, anonymised,
                "OFFICIAL-SENSITIVE", "lead", AT);
    }

    @Test
    void the_committee_columns_come_first_with_real_dates_a_frozen_heading_and_filters() throws Exception {
        try (XSSFWorkbook wb = read(bytes(data(false)::write))) {
            XSSFSheet sheet = wb.getSheet(ActionPlanWorkbook.SHEET);
            assertThat(wb.getSheetIndex(sheet)).isZero();
            DataFormatter f = new DataFormatter(java.util.Locale.UK);
            Row header = sheet.getRow(0);
            assertThat(List.of(3, 4, 5, 6, 7, 8, 9)).extracting(i -> f.formatCellValue(header.getCell(i)))
                    .containsExactly("Issue identified", "Action taken by the service", "Owner", "Due", "Status", "RAG",
                            "Progress notes");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M3");
            var due = sheet.getRow(1).getCell(6);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(f.formatCellValue(due)).isEqualTo("31/12/2026");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("Lena Hughes, Audit lead");
            assertThat(f.formatCellValue(sheet.getRow(2).getCell(12)))
                    .isEqualTo("Was consent sought?: before 3 of 10 (30%), after 9 of 12 (75%)");
            assertThat(sheet.getColumnWidth(3)).isEqualTo(44 * 256);
            assertThat(sheet.getColumnWidth(8)).isEqualTo(8 * 256);
        }
    }

    @Test
    void status_and_rag_are_drop_down_lists_with_the_arrow_shown_over_new_rows_too() throws Exception {
        try (XSSFWorkbook wb = read(bytes(data(false)::write))) {
            XSSFSheet sheet = wb.getSheet(ActionPlanWorkbook.SHEET);
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(2);
            DataValidation status = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == ActionPlanWorkbook.STATUS_COLUMN)
                    .findFirst().orElseThrow();
            assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactlyElementsOf(STATUSES);
            assertThat(status.getSuppressDropDownArrow()).as("POI's inverted flag: arrow shown").isTrue();
            assertThat(status.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
            assertThat(status.getRegions().getCellRangeAddress(0).getLastRow())
                    .isGreaterThanOrEqualTo(ActionPlanWorkbook.MIN_FORMATTED_ROWS);
        }
    }

    @Test
    void rag_and_status_cells_are_coloured_red_amber_green_by_conditional_formats() throws Exception {
        try (XSSFWorkbook wb = read(bytes(data(false)::write))) {
            var formatting = wb.getSheet(ActionPlanWorkbook.SHEET).getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isGreaterThanOrEqualTo(6);
            java.util.Map<String, String> fills = new java.util.HashMap<>();
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                var cf = formatting.getConditionalFormattingAt(i);
                for (int r = 0; r < cf.getNumberOfRules(); r++) {
                    var rule = cf.getRule(r);
                    var colour = (org.apache.poi.xssf.usermodel.XSSFColor) rule.getPatternFormatting()
                            .getFillBackgroundColorColor();
                    fills.put(cf.getFormattingRanges()[0].getFirstColumn() + ":" + rule.getFormula1(),
                            colour.getARGBHex());
                }
            }
            assertThat(fills).containsEntry("8:\"Red\"", "FFFFC7CE").containsEntry("8:\"Amber\"", "FFFFEB9C")
                    .containsEntry("8:\"Green\"", "FFC6EFCE").containsEntry("7:\"Overdue\"", "FFFFC7CE")
                    .containsEntry("7:\"Completed\"", "FFC6EFCE");
        }
    }

    @Test
    void user_text_that_looks_like_a_formula_stays_quote_prefixed_text() throws Exception {
        try (XSSFWorkbook wb = read(bytes(data(false)::write))) {
            assertNoFormulasAndQuotedText(wb);
            Row row = wb.getSheet(ActionPlanWorkbook.SHEET).getRow(2);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"Consent\")");
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(11).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(5).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void the_anonymised_plan_names_no_owner_leaves_out_notes_and_evidence_and_suppresses_small_counts() throws Exception {
        ActionPlanWorkbook data = data(true);
        assertThat(data.items()).extracting(ActionPlanWorkbook.Item::owner).containsExactly("Audit lead",
                "Team Manager");
        assertThat(data.items()).extracting(ActionPlanWorkbook.Item::progressNotes).containsOnly(
                Anonymiser.TEXT_OMITTED);
        assertThat(data.items()).extracting(ActionPlanWorkbook.Item::evidence).containsExactly(null,
                Anonymiser.TEXT_OMITTED);
        assertThat(data.items()).extracting(ActionPlanWorkbook.Item::issue).containsExactly("Theme: Chronologies",
                "Theme: Consent");
        assertThat(data.items()).extracting(ActionPlanWorkbook.Item::action).containsOnly(Anonymiser.TEXT_OMITTED);
        assertThat(data.items().get(1).reAudit()).isEqualTo(
                "Was consent sought?: before c of 10 files, after c of 12 files");
        try (XSSFWorkbook wb = read(bytes(data::write))) {
            String text = allText(wb);
            assertThat(text).doesNotContain("Lena Hughes").doesNotContain("Tom Price").doesNotContain("Aisha Khan")
                    .doesNotContain("CASE-1001").contains(Anonymiser.STATEMENT).contains("OFFICIAL-SENSITIVE");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chronology missing in 4 of 10 files | Chronology missing in c of 10 files
            12 of 40 files; 5 of 5 teams         | 12 of 40 files; c of c teams
            0 of 7 and 6 of 6                    | 0 of 7 and 6 of 6
            no counts here                       | no counts here
            """)
    void counts_of_one_to_five_in_committee_text_become_c(String text, String anonymised) {
        assertThat(ActionPlanWorkbook.smallCounts(text)).isEqualTo(anonymised);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            Overdue,              FFC7CE
            Completed,            C6EFCE
            Verified by re-audit, C6EFCE
            In progress,          FFEB9C
            Open,                 null
            """)
    void statuses_get_their_fill(String status, String fill) {
        assertThat(ActionPlanWorkbook.statusFill(status)).isEqualTo(fill);
    }
}
