package org.caseaudit.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.cases.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

    @TempDir
    Path dir;

    private static List<List<String>> readAll(TableReader reader) {
        List<List<String>> rows = new ArrayList<>();
        reader.read(new TableReader.RowSink() {
            @Override
            public void header(int rowNumber, List<String> cells) {
                rows.add(cells);
            }

            @Override
            public void row(int rowNumber, List<String> cells) {
                rows.add(cells);
            }
        });
        return rows;
    }

    @Test
    void csv_with_bom_semicolons_and_quoted_fields_is_read() throws Exception {
        byte[] body = "ref;team;note\r\nR1;\"Team; North\";\"two\nlines\"\r\nR2;South;\"say \"\"hi\"\"\"\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path f = TestFiles.bytes(dir, "a.csv", withBom);
        List<List<String>> rows = readAll(new CsvTableReader(f, "a.csv"));
        assertThat(rows).containsExactly(List.of("ref", "team", "note"), List.of("R1", "Team; North", "two\nlines"),
                List.of("R2", "South", "say \"hi\""));
    }

    @Test
    void csv_in_windows_1252_is_rejected_as_not_utf8() throws Exception {
        Path f = TestFiles.bytes(dir, "a.csv", "ref,team\nR1,Caf\u00e9 team\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> readAll(new CsvTableReader(f, "a.csv")))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void csv_with_unterminated_quote_is_rejected() throws Exception {
        Path f = TestFiles.text(dir, "a.csv", "ref,team\nR1,\"Team\n");
        assertThatThrownBy(() -> readAll(new CsvTableReader(f, "a.csv"))).isInstanceOf(RejectedFileException.class);
    }

    @Test
    void xlsx_dates_become_iso_and_formulas_are_not_evaluated() throws Exception {
        Path f = dir.resolve("a.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet();
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("ref");
            h.createCell(1).setCellValue("date");
            h.createCell(2).setCellValue("text");
            h.createCell(3).setCellValue("number");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("R1");
            var d = r.createCell(1);
            d.setCellValue(LocalDate.of(2024, 3, 14));
            d.setCellStyle(style);
            r.createCell(2).setCellValue("=1+1");
            r.createCell(3).setCellValue(3.0);
            var r2 = sheet.createRow(3);
            r2.createCell(0).setCellValue("R2");
            r2.createCell(3).setCellFormula("1+1");
            wb.write(out);
        }
        List<List<String>> rows = readAll(new XlsxTableReader(f, "a.xlsx"));
        assertThat(rows.get(1)).containsExactly("R1", "2024-03-14", "=1+1", "3");
        assertThat(rows.get(2)).as("a formula without a cached value is never evaluated").containsExactly("R2", "", "", "");
    }

    @Test
    void xlsx_with_doctype_is_rejected() throws Exception {
        Path x = TestFiles.xlsx(dir, "a.xlsx", List.of(List.of("ref"), List.of("R1")));
        Path bad = TestFiles.xxe(x, dir.resolve("xxe.xlsx"));
        assertThatThrownBy(() -> readAll(new XlsxTableReader(bad, "xxe.xlsx"))).hasMessageContaining("DOCTYPE");
    }

    @Test
    void zip_bomb_is_rejected_by_pois_limits() throws Exception {
        Path x = TestFiles.xlsx(dir, "a.xlsx", List.of(List.of("ref"), List.of("R1")));
        Path bomb = TestFiles.zipBomb(x, dir.resolve("bomb.xlsx"));
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThatThrownBy(() -> readAll(new XlsxTableReader(bomb, "bomb.xlsx"))).hasMessageContaining("zip bomb");
    }

    @Test
    void macro_workbook_renamed_xlsx_is_rejected() throws Exception {
        Path x = TestFiles.xlsx(dir, "a.xlsx", List.of(List.of("ref"), List.of("R1")));
        Path macro = TestFiles.macroWorkbook(x, dir.resolve("macro.xlsx"));
        assertThatThrownBy(() -> readAll(new XlsxTableReader(macro, "macro.xlsx"))).hasMessageContaining("macros");
    }
}
