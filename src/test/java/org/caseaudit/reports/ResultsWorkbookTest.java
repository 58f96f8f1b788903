package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.reports.WorkbookFixtures.*;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResultsWorkbookTest {

    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.UK);

    private static ResultsWorkbook data(boolean anonymised) {
        return ResultsWorkbook.build(context(anonymised), results(), Optional.of(sample()), compliance(), ANONYMISER);
    }

    @Test
    void the_data_has_one_answer_row_per_audit_and_question_with_how_it_was_answered() {
        ResultsWorkbook data = data(false);
        assertThat(data.answers()).hasSize(6);
        ResultsWorkbook.Answer overridden = data.answers().get(2);
        assertThat(overridden.caseLabel()).isEqualTo("CASE-1002");
        assertThat(overridden.source()).isEqualTo("Proposal overridden");
        assertThat(overridden.proposedAnswer()).isEqualTo("No");
        assertThat(overridden.overrideReason()).startsWith("Reason by Aisha Khan");
        ResultsWorkbook.Answer moderated = data.answers().getFirst();
        assertThat(moderated.moderated()).isTrue();
        assertThat(moderated.moderatorAnswer()).isEqualTo("No");
        assertThat(moderated.agreedAnswer()).isEqualTo("Yes");
        assertThat(data.sampleFacts()).extracting(ResultsWorkbook.Fact::label).contains("Seed",
                "Frame SHA-256 (sorted case ids)", "Method version", "Population (cases in the frame)");
        assertThat(data.drawn()).hasSize(4);
        assertThat(data.drawn().get(2).replaces()).isEqualTo("CASE-1009");
    }

    @Test
    void the_anonymised_data_holds_aggregates_only_with_small_counts_and_what_gives_them_away_as_c() {
        ResultsWorkbook data = data(true);
        assertThat(data.answers()).as("no row per case").isEmpty();
        assertThat(data.drawn()).as("no row per case, so no team of a case").isEmpty();
        ResultsWorkbook.Compliance small = data.compliance().getFirst();
        assertThat(small.audited().suppressed()).isTrue();
        assertThat(small.compliant().suppressed()).isTrue();
        assertThat(small.nonCompliant().suppressed()).isTrue();
        assertThat(small.notApplicable().suppressed()).as("0 is shown").isFalse();
        assertThat(small.fraction()).isNull();
        assertThat(small.lower()).isNull();
        ResultsWorkbook.Compliance large = data.compliance().get(1);
        assertThat(large.audited().suppressed()).isFalse();
        assertThat(large.fraction()).isEqualTo(0.75);
        assertThat(large.partly().suppressed()).as("4 partly").isTrue();
        assertThat(large.nonCompliant().suppressed()).as("6 not compliant: 40 - 30 - 6 would give the 4 partly")
                .isTrue();
        assertThat(large.compliant().suppressed()).isFalse();
        assertThat(data.sampleFacts()).filteredOn(f -> f.label().equals("Frame definition")).singleElement()
                .satisfies(f -> assertThat(f.text()).doesNotContain("CASE-1077").doesNotContain("serious case review")
                        .contains("excluding c case(s) named by reference"));
        assertThat(data.sampleFacts()).filteredOn(f -> f.label().equals("Drawn by")).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("the audit lead"));
    }

    @Test
    void the_workbook_reads_back_with_its_sheets_frozen_headings_filters_and_numbers() throws Exception {
        byte[] xlsx = bytes(out -> ResultsWorkbookRenderer.write(data(false), out));
        try (XSSFWorkbook wb = read(xlsx)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            XSSFSheet answers = wb.getSheet(ResultsWorkbookRenderer.ANSWERS);
            assertThat(answers.getPaneInformation().isFreezePane()).isTrue();
            assertThat(answers.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(answers.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P7");
            Row header = answers.getRow(0);
            assertThat(FORMAT.formatCellValue(header.getCell(0))).isEqualTo("Case");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) header.getCell(0).getCellStyle()).getFont()
                    .getBold()).isTrue();
            assertThat(answers.getLastRowNum()).isEqualTo(6);
            assertThat(FORMAT.formatCellValue(answers.getRow(3).getCell(6))).isEqualTo("Proposal overridden");
            assertThat(answers.getColumnWidth(3)).isGreaterThan(answers.getColumnWidth(1));

            XSSFSheet compliance = wb.getSheet(ResultsWorkbookRenderer.COMPLIANCE);
            Row q2 = compliance.getRow(2);
            assertThat(q2.getCell(3).getNumericCellValue()).isEqualTo(40);
            assertThat(q2.getCell(4).getNumericCellValue()).isEqualTo(30);
            assertThat(q2.getCell(8).getNumericCellValue()).isEqualTo(0.75);
            assertThat(FORMAT.formatCellValue(q2.getCell(8))).isEqualTo("75.0%");
            assertThat(FORMAT.formatCellValue(q2.getCell(9))).isEqualTo("60.0%");

            XSSFSheet drawn = wb.getSheet(ResultsWorkbookRenderer.DRAWN);
            Row replaced = drawn.getRow(2);
            assertThat(FORMAT.formatCellValue(replaced.getCell(2))).isEqualTo("CASE-1009");
            assertThat(FORMAT.formatCellValue(replaced.getCell(4))).isEqualTo("Excluded");
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(replaced.getCell(8))).isTrue();
            assertThat(FORMAT.formatCellValue(replaced.getCell(8))).isEqualTo("20/11/2026");
            String text = allText(wb);
            assertThat(text).contains("424242").contains("ab".repeat(32)).contains("caseaudit-sampler-1")
                    .contains("CASE-1077").contains("OFFICIAL-SENSITIVE");
        }
    }

    @Test
    void hostile_text_stays_text_exactly_and_is_quote_prefixed_and_no_cell_is_a_formula() throws Exception {
        byte[] xlsx = bytes(out -> ResultsWorkbookRenderer.write(data(false), out));
        try (XSSFWorkbook wb = read(xlsx)) {
            assertNoFormulasAndQuotedText(wb);
            XSSFSheet answers = wb.getSheet(ResultsWorkbookRenderer.ANSWERS);
            for (int a = 0; a < 3; a++) {
                var cell = answers.getRow(1 + 2 * a).getCell(9);
                String expected = org.caseaudit.shared.SpreadsheetText.forXlsx(HOSTILE.get(a));
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(expected);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }
    }

    @Test
    void every_hostile_string_round_trips_as_the_same_text() throws Exception {
        List<org.caseaudit.audit.CycleResults.Row> rows = new java.util.ArrayList<>();
        for (String h : HOSTILE) {
            rows.add(new org.caseaudit.audit.CycleResults.Row(1, 1, h, h, org.caseaudit.audit.AuditStatus.SUBMITTED,
                    "q", "1.1", h, h, false, h, org.caseaudit.audit.CycleResults.Source.ENTERED, h, h, h,
                    true, h, h, h));
        }
        ResultsWorkbook data = ResultsWorkbook.build(context(false), new org.caseaudit.audit.CycleResults(7, rows),
                Optional.empty(), List.of(), ANONYMISER);
        try (XSSFWorkbook wb = read(bytes(out -> ResultsWorkbookRenderer.write(data, out)))) {
            assertNoFormulasAndQuotedText(wb);
            XSSFSheet answers = wb.getSheet(ResultsWorkbookRenderer.ANSWERS);
            for (int i = 0; i < HOSTILE.size(); i++) {
                String expected = org.caseaudit.shared.SpreadsheetText.forXlsx(HOSTILE.get(i));
                Row row = answers.getRow(i + 1);
                for (int c : new int[] {0, 2, 3, 5, 7, 8, 9, 10, 13, 14, 15}) {
                    assertThat(row.getCell(c).getStringCellValue()).as("row %d col %d", i, c).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void the_anonymised_workbook_holds_no_reference_username_name_or_free_text_and_shows_c() throws Exception {
        try (XSSFWorkbook wb = read(bytes(out -> ResultsWorkbookRenderer.write(data(true), out)))) {
            String text = allText(wb);
            for (String username : List.of("auditor", "auditor2", "moderator", "lead")) {
                assertThat(text).as(username).doesNotContain("\t" + username + "\t").doesNotContain("by " + username);
            }
            for (String secret : List.of("CASE-1001", "CASE-1002", "CASE-1003", "CASE-1009", "CASE-1077", "Aisha Khan",
                    "Tom Price", "Family moved", "serious case review", "HYPERLINK",
                    "agreed after discussion")) {
                assertThat(text).as(secret).doesNotContainIgnoringCase(secret);
            }
            assertThat(text).doesNotContain(ANONYMISER.pseudonym(7, "CASE-1001")).contains(Anonymiser.STATEMENT)
                    .contains("(anonymised)").contains("Disclosure control");
            assertThat(wb.getSheet(ResultsWorkbookRenderer.ANSWERS)).as("aggregates only").isNull();
            assertThat(wb.getSheet(ResultsWorkbookRenderer.DRAWN)).as("aggregates only").isNull();
            Row q1 = wb.getSheet(ResultsWorkbookRenderer.COMPLIANCE).getRow(1);
            assertThat(q1.getCell(3).getStringCellValue()).isEqualTo("c");
            assertThat(q1.getCell(8).getStringCellValue()).isEqualTo("c");
            assertThat(q1.getCell(7).getNumericCellValue()).isZero();
        }
    }
}
