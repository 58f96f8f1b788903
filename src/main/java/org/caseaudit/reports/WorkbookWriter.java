package org.caseaudit.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.caseaudit.shared.SpreadsheetText;

/**
 * Writes styled, streamed xlsx (POI SXSSF: 200 rows in memory, the rest in gzip temp files in the private folder of
 * {@link WorkbookTempFolder}). The one way workbooks get text: every string goes through
 * {@link SpreadsheetText#forXlsx} and is written as a string cell; text a spreadsheet would evaluate (= + - @, tab,
 * CR) also gets a quote-prefixed style, so it stays text when someone edits the cell in Excel. No cell is ever a
 * formula; conditional formats and drop-downs compare against constants written here, never against user text.
 */
final class WorkbookWriter implements AutoCloseable {

    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final int ROW_WINDOW = 200;
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_([xX][0-9A-Fa-f]{4}_)");

    /** How a column's cells are written. */
    enum Kind { TEXT, WRAPPED, DATE, INTEGER, DECIMAL, PERCENT }

    /** One column: heading, width in characters, kind. */
    record Column(String header, int width, Kind kind) {
    }

    private final SXSSFWorkbook workbook;
    private final String marking;
    private final CellStyle header;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle textQuoted;
    private final CellStyle wrapped;
    private final CellStyle wrappedQuoted;
    private final CellStyle date;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle title;

    WorkbookWriter(String documentTitle, String marking) {
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, true);
        this.marking = marking;
        var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(SpreadsheetText.forXlsx(documentTitle));
        core.setCreator("Case Audit Workbench");
        workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty("Protective marking", marking);

        XSSFFont bold = (XSSFFont) workbook.createFont();
        bold.setBold(true);
        bold.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);

        Font labelFont = workbook.createFont();
        labelFont.setBold(true);
        label = workbook.createCellStyle();
        label.setFont(labelFont);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        text = top(workbook.createCellStyle());
        textQuoted = top(workbook.createCellStyle());
        textQuoted.setQuotePrefixed(true);
        wrapped = top(workbook.createCellStyle());
        wrapped.setWrapText(true);
        wrappedQuoted = top(workbook.createCellStyle());
        wrappedQuoted.setWrapText(true);
        wrappedQuoted.setQuotePrefixed(true);
        var formats = workbook.createDataFormat();
        date = top(workbook.createCellStyle());
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        integer = top(workbook.createCellStyle());
        integer.setDataFormat(formats.getFormat("0"));
        decimal = top(workbook.createCellStyle());
        decimal.setDataFormat(formats.getFormat("0.000"));
        percent = top(workbook.createCellStyle());
        percent.setDataFormat(formats.getFormat("0.0%"));
    }

    private static CellStyle top(CellStyle style) {
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** A new sheet (name made safe for Excel), with the protective marking in its printed header and page numbers. */
    Sheet sheet(String name) {
        SXSSFSheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        sheet.getHeader().setCenter(marking);
        sheet.getFooter().setCenter(marking);
        sheet.getFooter().setRight("Page &P of &N");
        return new Sheet(sheet);
    }

    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Also deletes the temp files. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one sheet row by row. */
    final class Sheet {

        private final SXSSFSheet sheet;
        private List<Column> columns = List.of();
        private int headerRow = -1;
        private int nextRow;
        private Row row;
        private int column;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** A bold title line. */
        Sheet title(String value) {
            Row r = sheet.createRow(nextRow++);
            put(r, 0, value, title, title);
            return this;
        }

        /** A label and a value on one line (a record sheet's preamble). */
        Sheet pair(String labelText, String value) {
            Row r = sheet.createRow(nextRow++);
            put(r, 0, labelText, label, label);
            put(r, 1, value, wrapped, wrappedQuoted);
            return this;
        }

        /** A label and a whole number. */
        Sheet pair(String labelText, long value) {
            Row r = sheet.createRow(nextRow++);
            put(r, 0, labelText, label, label);
            Cell c = r.createCell(1);
            c.setCellValue(value);
            c.setCellStyle(integer);
            return this;
        }

        /** A row of headings in the heading style (a small table inside a record sheet; not frozen). */
        Sheet headings(String... values) {
            Row r = sheet.createRow(nextRow++);
            for (int i = 0; i < values.length; i++) {
                put(r, i, values[i], header, header);
            }
            return this;
        }

        Sheet blankLine() {
            nextRow++;
            return this;
        }

        /** Sets widths and writes the heading row of a table; a table at the top is frozen. */
        Sheet table(List<Column> tableColumns) {
            this.columns = List.copyOf(tableColumns);
            headerRow = nextRow;
            Row r = sheet.createRow(nextRow++);
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                sheet.setColumnWidth(i, Math.min(255, Math.max(c.width(), 4)) * 256);
                put(r, i, c.header(), header, header);
            }
            if (headerRow == 0) {
                sheet.createFreezePane(0, 1);
            }
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns.size() - 1));
            return this;
        }

        /** Widths of the columns of a preamble without a table. */
        Sheet widths(int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, characters[i] * 256);
            }
            return this;
        }

        Sheet row() {
            row = sheet.createRow(nextRow++);
            column = 0;
            return this;
        }

        /** Text in the next cell, styled by its column's kind (plain or wrapped); null leaves the cell empty. */
        Sheet text(String value) {
            boolean wrap = column < columns.size() && columns.get(column).kind() == Kind.WRAPPED;
            put(row, column++, value, wrap ? wrapped : text, wrap ? wrappedQuoted : textQuoted);
            return this;
        }

        Sheet date(LocalDate value) {
            Cell c = row.createCell(column++);
            c.setCellStyle(date);
            if (value != null) {
                c.setCellValue(value);
            }
            return this;
        }

        Sheet integer(Long value) {
            int at = column++;
            if (value != null) {
                Cell c = row.createCell(at);
                c.setCellValue(value);
                c.setCellStyle(integer);
            }
            return this;
        }

        Sheet decimal(Double value) {
            int at = column++;
            if (value != null) {
                Cell c = row.createCell(at);
                c.setCellValue(value);
                c.setCellStyle(decimal);
            }
            return this;
        }

        /** A fraction (0.5) shown as a percentage (50.0%). */
        Sheet percent(Double fraction) {
            int at = column++;
            if (fraction != null) {
                Cell c = row.createCell(at);
                c.setCellValue(fraction);
                c.setCellStyle(percent);
            }
            return this;
        }

        /** Filters on the table's heading row over every data row written so far. */
        Sheet autoFilter() {
            if (headerRow >= 0 && !columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0,
                        columns.size() - 1));
            }
            return this;
        }

        /** A drop-down list on one column of the table's data rows (at least {@code minRows} rows, for new lines). */
        Sheet dropDown(int columnIndex, List<String> values, int minRows) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
            int last = Math.max(nextRow - 1, headerRow + minRows);
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(headerRow + 1, last, columnIndex, columnIndex));
            // POI's name is inverted: true shows the arrow in Excel.
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(true);
            validation.createErrorBox("Choose from the list", "Pick one of: " + String.join(", ", values));
            sheet.addValidationData(validation);
            return this;
        }

        /** Fills a column's cells by their text: each value its colour (RGB hex), over the data rows. */
        Sheet colourByValue(int columnIndex, java.util.Map<String, String> colours, int minRows) {
            SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            int last = Math.max(nextRow - 1, headerRow + minRows);
            CellRangeAddress[] range = {new CellRangeAddress(headerRow + 1, last, columnIndex, columnIndex)};
            for (var entry : colours.entrySet()) {
                if (entry.getKey().contains("\"")) {
                    throw new IllegalArgumentException("Conditional formats compare with constants only");
                }
                ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                        "\"" + entry.getKey() + "\"");
                PatternFormatting fill = rule.createPatternFormatting();
                fill.setFillBackgroundColor(new XSSFColor(hex(entry.getValue()), null));
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                rule.createFontFormatting().setFontColorIndex(IndexedColors.BLACK.getIndex());
                formatting.addConditionalFormatting(range, rule);
            }
            return this;
        }

        int rowsWritten() {
            return nextRow;
        }

        /**
         * SXSSF writes strings as they are, and Excel (and POI) read {@code _xHHHH_} in cell XML as the character
         * HHHH: "_x0041_" would come back as "A". Escaping the underscore ({@code _x005F_}) keeps the text exact.
         */
        static String escapeUnderscores(String value) {
            return value.indexOf("_x") < 0 && value.indexOf("_X") < 0 ? value
                    : ESCAPE.matcher(value).replaceAll("_x005F_$1");
        }

        private static byte[] hex(String rgb) {
            int v = Integer.parseInt(rgb, 16);
            return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }

        private static void put(Row r, int index, String value, CellStyle plain, CellStyle quoted) {
            if (value == null) {
                return;
            }
            String safe = SpreadsheetText.forXlsx(value);
            Cell c = r.createCell(index);
            c.setCellValue(escapeUnderscores(safe));
            c.setCellStyle(SpreadsheetText.startsLikeFormula(safe) ? quoted : plain);
        }
    }
}
