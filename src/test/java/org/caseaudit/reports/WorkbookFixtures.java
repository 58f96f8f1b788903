package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.CycleResults;
import org.caseaudit.sampling.AllocationRow;
import org.caseaudit.sampling.DrawnItem;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SamplingMethod;

/** Small, hostile report data and helpers to read workbooks back. */
final class WorkbookFixtures {

    /** Text a spreadsheet would run, and text XML or Excel mangle. */
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+44 20 7946 0000",
            "-2+3", "@SUM(A1)", "\tTAB=1", "\rCR=1", "=1+1\n=2+2", "_x0041_ not A", "a\u0000b", "emoji \uD83D\uDE00",
            "<b>&amp;</b> \"quoted\" 'single'");

    static final Anonymiser ANONYMISER = Anonymiser.withKey("test-key-test-key-test-key-test-key".getBytes(
            StandardCharsets.UTF_8));
    static final Instant AT = Instant.parse("2026-11-20T10:15:00Z");

    private WorkbookFixtures() {
    }

    static CycleResults results() {
        List<CycleResults.Row> rows = new ArrayList<>();
        String[] refs = {"CASE-1001", "CASE-1002", "CASE-1003"};
        for (int a = 0; a < refs.length; a++) {
            String note = HOSTILE.get(a % HOSTILE.size());
            rows.add(new CycleResults.Row(10 + a, 100 + a, refs[a], "auditor" + (a % 2 == 0 ? "" : "2"),
                    AuditStatus.SUBMITTED, "q1", "1.1", "Chronology", "Is there a chronology on file?", true,
                    a == 2 ? "No" : "Yes", a == 1 ? CycleResults.Source.OVERRIDDEN : CycleResults.Source.ENTERED,
                    a == 1 ? "No" : null, a == 1 ? "Reason by Aisha Khan: " + HOSTILE.get(4) : null, note,
                    a == 0, a == 0 ? "No" : null, a == 0 ? "Yes" : null, a == 0 ? "=agreed after discussion" : null));
            rows.add(new CycleResults.Row(10 + a, 100 + a, refs[a], "auditor" + (a % 2 == 0 ? "" : "2"),
                    AuditStatus.SUBMITTED, "q2", "1.2", "Chronology", "Was consent sought?", false,
                    "Yes", CycleResults.Source.DERIVED, "Yes", null, null, a == 0, a == 0 ? "Yes" : null,
                    a == 0 ? "Yes" : null, null));
        }
        return new CycleResults(7, rows);
    }

    static SampleRecord sample() {
        List<SampleItemInfo> items = List.of(
                new SampleItemInfo(1, 0, 1, DrawnItem.Kind.SAMPLE, 100, "CASE-1001", "North Assessment Team",
                        SampleItemInfo.Status.SELECTED, null, null, null, null, "auditor", "moderator"),
                new SampleItemInfo(2, 0, 2, DrawnItem.Kind.SAMPLE, 109, "CASE-1009", "South Assessment Team",
                        SampleItemInfo.Status.EXCLUDED, null, "Family moved away; worker Tom Price", "lead",
                        AT, null, null),
                new SampleItemInfo(3, 0, 3, DrawnItem.Kind.RESERVE, 101, "CASE-1002", "South Assessment Team",
                        SampleItemInfo.Status.REPLACEMENT, "CASE-1009", "replaces CASE-1009: Family moved away", "lead",
                        AT, "auditor2", null),
                new SampleItemInfo(4, 0, 4, DrawnItem.Kind.SAMPLE, 102, "CASE-1003", "North Assessment Team",
                        SampleItemInfo.Status.SELECTED, null, null, null, null, "auditor", null));
        FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(), List.of(), 0,
                List.of(new FrameDefinition.ReferenceExclusion("CASE-1077", "Subject of a serious case review")));
        return new SampleRecord(3, 7, 424242L, false, SamplingMethod.STRATIFIED, "caseaudit-sampler-1",
                "Stratified by team; 3 cases; 1 reserve", frame, frame.describe(), 40,
                "ab".repeat(32), 3, 1,
                List.of(new AllocationRow("North Assessment Team", 25, new BigDecimal("1.875"), 2, 0),
                        new AllocationRow("South Assessment Team", 15, new BigDecimal("1.125"), 1, 1)),
                "lead", AT, "lead", AT, 20, 99L, items);
    }

    static List<ResultsWorkbook.ComplianceInput> compliance() {
        return List.of(
                new ResultsWorkbook.ComplianceInput("q1", "Is there a chronology on file?", true, 3, 2, 0, 1, 0,
                        0.208, 0.939, true),
                new ResultsWorkbook.ComplianceInput("q2", "Was consent sought?", false, 40, 30, 4, 6, 2,
                        0.6, 0.86, false));
    }

    static ResultsWorkbook.Context context(boolean anonymised) {
        return new ResultsWorkbook.Context(7, "March 2026 S47", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                "s47-enquiry", 1, anonymised, "OFFICIAL-SENSITIVE", "lead", AT);
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(java.util.function.Consumer<java.io.OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    /** Every cell's shown text, tab-separated per row, every sheet. */
    static String allText(XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            text.append("## ").append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                text.append('\t');
                for (Cell cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\t');
                }
                text.append('\n');
            }
            if (sheet.getHeader() != null) {
                text.append(sheet.getHeader().getCenter()).append('\n');
            }
        }
        var core = workbook.getProperties().getCoreProperties();
        text.append(core.getTitle()).append(' ').append(core.getCreator());
        return text.toString();
    }

    /** No cell of any sheet is a formula; every text a spreadsheet would run is a quote-prefixed string cell. */
    static void assertNoFormulasAndQuotedText(XSSFWorkbook workbook) {
        int checked = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING
                            && org.caseaudit.shared.SpreadsheetText.startsLikeFormula(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on %s!%s: %s",
                                sheet.getSheetName(), cell.getAddress(), cell.getStringCellValue()).isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("formula-like texts checked").isGreaterThanOrEqualTo(0);
    }
}
