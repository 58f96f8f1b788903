package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.reports.SelfEvaluation.Block;
import org.junit.jupiter.api.Test;

/**
 * The self-evaluation pack's renderers on made-up data: the PDF has the three questions in order with headed tables
 * and passes veraPDF's PDF/UA-1 profile like the other reports; the workbook holds the same figures, numbers as
 * numbers, text (including a formula-like text) as text.
 */
class SelfEvaluationPdfTest {

    private final PdfRenderer renderer = new PdfRenderer();

    static SelfEvaluation sample(boolean anonymised, int cycles) {
        List<List<String>> compliance = new ArrayList<>();
        List<List<String>> grades = new ArrayList<>();
        for (int i = 1; i <= cycles; i++) {
            compliance.add(Block.row("S47 enquiries month " + i, String.valueOf(10 + i), String.valueOf(60 + i),
                    "80", (60 + i) * 100 / 80 + "%"));
            grades.add(Block.row("S47 enquiries month " + i, anonymised ? "c" : "1", "6", "3", anonymised ? "c" : "1",
                    "0"));
        }
        List<SelfEvaluation.Section> sections = List.of(
                new SelfEvaluation.Section(SelfEvaluation.QUESTIONS.get(0), List.of(
                        Block.paragraph("What the audits of the period found."),
                        Block.subheading("Compliance with the key measures"),
                        Block.table("Compliance", List.of("Cycle", "Audits done", "Key answers compliant",
                                "Key answers audited", "% compliant"), compliance),
                        Block.subheading("The grades auditors gave"),
                        Block.table("Grades", List.of("Cycle", "Outstanding", "Good",
                                "Requires improvement to be good", "Inadequate", "Not graded"), grades))),
                new SelfEvaluation.Section(SelfEvaluation.QUESTIONS.get(1), List.of(
                        Block.subheading("How reliable the grading is"),
                        Block.table("Changes", List.of("Cycle", "Grades compared", "Agreed", "Auditor higher",
                                "Auditor lower"), List.of(Block.row("All cycles", "24", "19", "4", "1"))),
                        Block.subheading("Multi-agency audits"),
                        Block.bullet("Neglect: panel 01/10/2026, 6 children"))),
                new SelfEvaluation.Section(SelfEvaluation.QUESTIONS.get(2), List.of(
                        Block.table("The action plan in figures", List.of("Measure", "Actions"), List.of(
                                Block.row("Agreed in the period", "7"), Block.row("Overdue now", "2"))),
                        Block.table("Actions", List.of("Issue identified", "Owner", "Due", "Status (RAG)"), List.of(
                                Block.row("A-1: =chronologies missing", "Team Manager", "01/03/2026", "Complete")))))
        );
        return new SelfEvaluation("Self-evaluation of case audit", "December 2025 to November 2026 \u00b7 "
                + (anonymised ? "external version" : "full version"), ReportSamples.MARKING, anonymised,
                anonymised ? "This is the anonymised version." : null, "Produced 20/11/2026 10:00",
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), sections);
    }

    @Test
    void the_pdf_answers_the_three_questions_in_order_on_marked_numbered_pages() throws Exception {
        byte[] pdf = renderer.selfEvaluation(sample(false, 12));
        PdfRenderingTest.save("self-evaluation.pdf", pdf);
        String[] pages = PdfRenderingTest.pages(pdf);
        PdfRenderingTest.assertMarkedAndNumbered(pages);
        String text = String.join("\n", pages);
        int know = text.indexOf("1 What do we know?");
        int how = text.indexOf("2 How do we know it?");
        int doing = text.indexOf("3 What are we doing about it?");
        assertThat(know).isPositive();
        assertThat(how).isGreaterThan(know);
        assertThat(doing).isGreaterThan(how);
        assertThat(text.indexOf("S47 enquiries month 12")).isBetween(know, how);
        assertThat(text).contains("Auditor higher").contains("A-1: =chronologies missing");
    }

    @Test
    void the_pdf_is_tagged_and_passes_pdf_ua_1() throws Exception {
        byte[] pdf = renderer.selfEvaluation(sample(true, 12));
        PdfRenderingTest.save("tagged-self-evaluation-external.pdf", pdf);
        Map<String, String> failed = new java.util.TreeMap<>(PdfUaValidation.failedRules(pdf));
        failed.keySet().removeAll(TaggedPdfTest.ALLOWED_FAILURES.keySet());
        assertThat(failed).as("veraPDF PDF/UA-1 rules failed").isEmpty();
        StructureTree tree;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            tree = StructureTree.of(doc);
        }
        tree.save("structure-self-evaluation.txt");
        assertThat(tree.ofType("H1")).extracting(StructureTree.Element::text)
                .containsExactly("Self-evaluation of case audit");
        assertThat(tree.ofType("H2")).extracting(StructureTree.Element::text).containsExactly(
                "1 What do we know?", "2 How do we know it?", "3 What are we doing about it?");
        int how = tree.indexOf("H2", "2 How do we know it?");
        assertThat(tree.indexOf("TH", "Key answers audited")).isLessThan(how);
        assertThat(tree.indexOf("TH", "Auditor higher")).isGreaterThan(how);
        assertThat(tree.ofType("TH")).allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        assertThat(tree.ofType("LBody")).extracting(StructureTree.Element::text)
                .anySatisfy(t -> assertThat(t).startsWith("Neglect"));
        assertThat(tree.allText()).doesNotContain("Page 1 of");
    }

    @Test
    void the_workbook_holds_the_same_figures_numbers_as_numbers_and_text_never_as_a_formula() throws Exception {
        byte[] xlsx = SelfEvaluationWorkbook.write(sample(true, 3));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactlyElementsOf(SelfEvaluationWorkbook.SHEETS);
            assertThat(text(wb.getSheetAt(0))).contains("This is the anonymised version.")
                    .contains("01/12/2025 to 30/11/2026").contains(ReportSamples.MARKING);
            Sheet know = wb.getSheetAt(1);
            Row month3 = rowStarting(know, "S47 enquiries month 3");
            assertThat(month3.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(month3.getCell(1).getNumericCellValue()).isEqualTo(13);
            Row grades3 = rowStartingAfter(know, "S47 enquiries month 3", month3.getRowNum());
            assertThat(grades3.getCell(1).getStringCellValue()).isEqualTo("c");
            Row action = rowStarting(wb.getSheetAt(3), "A-1: =chronologies missing");
            assertThat(action.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void a_table_the_template_cannot_lay_out_is_refused() {
        assertThatThrownBy(() -> Block.table("Three", List.of("a", "b", "c"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.table("Ragged", List.of("a", "b"), List.of(Block.row("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rows_follow_the_sections_and_tables_in_order() {
        List<SelfEvaluationRows.Row> rows = SelfEvaluationRows.of(sample(false, 1));
        assertThat(rows).extracting(SelfEvaluationRows.Row::kind).containsExactly("P", "R", "R", "R", "B",
                "R", "R", "R");
        assertThat(rows.get(0).section()).isEqualTo("1  What do we know?");
        assertThat(rows.get(1).sub()).isEqualTo("Compliance with the key measures");
        assertThat(rows.get(1).h5()).isEqualTo("% compliant");
        assertThat(rows.get(1).width()).isEqualTo("5");
        assertThat(rows.get(2).table()).isEqualTo("2");
        assertThat(rows.get(2).width()).isEqualTo("6");
    }

    private static String text(Sheet s) {
        StringBuilder b = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                b.append(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                        : c.getStringCellValue()).append('\n');
            }
        }
        return b.toString();
    }

    private static Row rowStarting(Sheet s, String first) {
        return rowStartingAfter(s, first, -1);
    }

    private static Row rowStartingAfter(Sheet s, String first, int after) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (r.getRowNum() > after && c != null && c.getCellType() == CellType.STRING
                    && first.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("No row starting " + first + " in " + s.getSheetName());
    }
}
