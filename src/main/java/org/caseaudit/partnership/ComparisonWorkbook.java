package org.caseaudit.partnership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caseaudit.shared.SpreadsheetText;

/**
 * The comparison pack as a workbook: a sheet of the councils (name order; the figures exactly as the page prints
 * them, "c" where withheld), a sheet of the funnel's control limits by n, and an About sheet with the method and the
 * disclosure statement. Every text cell is a string through {@link SpreadsheetText}; no cell is a formula.
 */
final class ComparisonWorkbook {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ComparisonWorkbook() {
    }

    static byte[] write(String partnership, Comparison c) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200,
                true); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet councils = wb.createSheet("Councils");
            int r = 0;
            text(councils.createRow(r++), 0, partnership + ": " + c.measure(), bold);
            text(councils.createRow(r++), 0, "Template " + c.templateId() + " version " + c.templateVersion()
                    + ", cycles starting " + DATE.format(c.from()) + " to " + DATE.format(c.to()), null);
            r++;
            Row h = councils.createRow(r++);
            String[] heads = {"Council", "Cycles", "Compliant", "Audited (n)", "Per cent compliant",
                    "95% interval", "Against the partnership (funnel)", "Small sample"};
            for (int i = 0; i < heads.length; i++) {
                text(h, i, heads[i], bold);
            }
            for (Comparison.Row row : c.rows()) {
                Row x = councils.createRow(r++);
                text(x, 0, row.council(), null);
                x.createCell(1).setCellValue(row.cycles());
                text(x, 2, row.compliant(), null);
                text(x, 3, row.audited(), null);
                text(x, 4, row.share(), null);
                text(x, 5, row.interval(), null);
                text(x, 6, row.position().label(), null);
                text(x, 7, row.smallSample() ? "Yes" : "", null);
            }
            Row total = councils.createRow(r++);
            text(total, 0, "Partnership", bold);
            text(total, 2, c.totalCompliant(), bold);
            text(total, 3, c.totalAudited(), bold);
            text(total, 4, c.totalShare(), bold);

            Sheet limits = wb.createSheet("Funnel limits");
            Row lh = limits.createRow(0);
            String[] lheads = {"n", "99.8% lower", "95% lower", "Partnership", "95% upper", "99.8% upper"};
            for (int i = 0; i < lheads.length; i++) {
                text(lh, i, lheads[i], bold);
            }
            if (c.plot() != null) {
                int maxN = (int) Math.max(1, c.plot().points().stream().mapToLong(FunnelPlot.Point::audited).max()
                        .orElse(1));
                int lr = 1;
                for (FunnelPlot.Limits l : c.plot().curve(maxN, 20)) {
                    Row x = limits.createRow(lr++);
                    x.createCell(0).setCellValue(l.n());
                    x.createCell(1).setCellValue(percent(l.lower998()));
                    x.createCell(2).setCellValue(percent(l.lower95()));
                    x.createCell(3).setCellValue(percent(c.plot().target()));
                    x.createCell(4).setCellValue(percent(l.upper95()));
                    x.createCell(5).setCellValue(percent(l.upper998()));
                }
            }
            Sheet about = wb.createSheet("About");
            text(about.createRow(0), 0, "Councils are listed by name, not ranked. The funnel plot's centre line is "
                    + "the partnership's per cent compliant; its control limits at each n are 95% and 99.8% "
                    + "(normal approximation). A council outside the 99.8% limits differs from the partnership by "
                    + "more than chance would explain at its number of files.", null);
            text(about.createRow(1), 0, c.disclosure(), null);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(SpreadsheetText.forXlsx(value == null ? "" : value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
