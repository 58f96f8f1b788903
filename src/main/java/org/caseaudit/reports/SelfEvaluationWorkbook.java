package org.caseaudit.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.caseaudit.shared.ui.Formats;

/**
 * The self-evaluation pack as a workbook: an About sheet (period, version, marking, the disclosure statement) and one
 * sheet per question with the same sub-headings, paragraphs and tables as the PDF. Whole numbers are number cells;
 * everything else (including a suppressed "c") is text through {@link WorkbookWriter}, never a formula.
 */
final class SelfEvaluationWorkbook {

    static final List<String> SHEETS = List.of("About", "What do we know", "How do we know it",
            "What are we doing");

    private SelfEvaluationWorkbook() {
    }

    static byte[] write(SelfEvaluation pack) {
        try (WorkbookWriter w = new WorkbookWriter(pack.title() + " \u00b7 " + pack.subtitle(), pack.marking())) {
            WorkbookWriter.Sheet about = w.sheet(SHEETS.get(0)).widths(28, 90);
            about.title(pack.title()).blankLine()
                    .pair("Period", Formats.date(pack.from()) + " to " + Formats.date(pack.to()))
                    .pair("Version", pack.subtitle())
                    .pair("Protective marking", pack.marking())
                    .pair("Produced", pack.generated());
            if (pack.statement() != null) {
                about.pair("About the figures", pack.statement());
            }
            about.blankLine().pair("Sheets", "One sheet per question: " + String.join("; ", SelfEvaluation.QUESTIONS));
            for (int i = 0; i < pack.sections().size(); i++) {
                SelfEvaluation.Section s = pack.section(i);
                WorkbookWriter.Sheet sheet = w.sheet(SHEETS.get(i + 1)).widths(48, 22, 22, 22, 22, 22);
                sheet.title(s.heading());
                for (SelfEvaluation.Block b : s.blocks()) {
                    switch (b.kind()) {
                        case SUBHEADING -> sheet.blankLine().title(b.text());
                        case PARAGRAPH -> sheet.row().text(b.text());
                        case BULLET -> sheet.row().text("\u2022 " + b.text());
                        case TABLE -> {
                            sheet.headings(b.header().toArray(String[]::new));
                            for (List<String> r : b.rows()) {
                                sheet.row();
                                for (String cell : r) {
                                    if (cell != null && cell.matches("\\d{1,15}")) {
                                        sheet.integer(Long.parseLong(cell));
                                    } else {
                                        sheet.text(cell);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.write(out);
            return out.toByteArray();
        }
    }
}
