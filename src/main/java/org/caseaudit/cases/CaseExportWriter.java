package org.caseaudit.cases;

import org.caseaudit.shared.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes cases as CSV or XLSX, streaming. Two uses: exports in the shapes of the shipped profiles (generator, tests,
 * benchmark) and the register export. Text is formula-safe: in xlsx it is always a string cell, quote-prefixed
 * when it starts with = + - @; in CSV such text gets a leading apostrophe.
 */
public final class CaseExportWriter {

    private CaseExportWriter() {
    }

    /** A table to write: headings, cells per item (strings), and which columns are dates in {@code datePattern}. */
    public record Table<T>(List<String> headings, Function<T, List<String>> cells, boolean[] dateColumns,
                           String datePattern) {
    }

    public static Table<CaseData> shape(ExportShape shape, Function<CaseData, String> extra) {
        return new Table<>(shape.headings(), c -> shape.cells(c, extra.apply(c)), shape.dateColumns(),
                shape.datePattern());
    }

    public static <T> void writeCsv(Iterator<T> rows, Table<T> table, OutputStream out, boolean formulaSafe)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        printer.printRecord(table.headings());
        while (rows.hasNext()) {
            List<String> cells = table.cells().apply(rows.next());
            if (formulaSafe) {
                List<String> safe = new ArrayList<>(cells.size());
                cells.forEach(c -> safe.add(SpreadsheetText.forCsv(c)));
                cells = safe;
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /**
     * Writes one sheet with SXSSF (200 rows in memory) to {@code out}. Temporary files go to POI's temp directory;
     * callers handling real case data should point POI at a private directory.
     */
    public static <T> void writeXlsx(Iterator<T> rows, Table<T> table, OutputStream out) throws IOException {
        DateTimeFormatter parse = DateTimeFormatter.ofPattern(table.datePattern(), Locale.ENGLISH);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true)) {
            SXSSFSheet sheet = wb.createSheet("Cases");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headings().size(); i++) {
                header.createCell(i).setCellValue(table.headings().get(i));
            }
            int r = 1;
            while (rows.hasNext()) {
                List<String> cells = table.cells().apply(rows.next());
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (table.dateColumns() != null && i < table.dateColumns().length && table.dateColumns()[i]) {
                        cell.setCellValue(LocalDate.parse(v, parse));
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(v);
                        if (SpreadsheetText.startsLikeFormula(v)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    /** Convenience for tests and the benchmark: a generated export in a profile's shape written to a file. */
    public static void writeShape(Iterator<CaseData> cases, ExportShape shape, Path file) throws IOException {
        Table<CaseData> table = shape(shape, c -> "Synthetic Name " + c.childReference());
        try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                writeXlsx(cases, table, out);
            } else {
                writeCsv(cases, table, out, false);
            }
        }
    }
}
