package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.Theme;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The disclosure checker: every panel-facing output of the demo data, read back as a reader would (workbook cells
 * with POI, the pack's printed figures and its PDF text with PDFBox), fails the test when a suppressed value can be
 * worked out by arithmetic from the figures printed beside it (audited = compliant + partly + not compliant; a
 * question's files with findings in the themes; pooled figures and their months), when a small count or a small
 * complement ("7 of 10" gives 3) is printed, or when a sheet with a row per case carries a team. The panel's
 * dashboard is checked the same way in {@code DashboardViewTest}.
 */
@org.caseaudit.DemoDataTest
class DisclosureCheckerTest {

    private static final String C = DisclosureControl.SUPPRESSED;

    @Autowired
    ReportBuilder builder;
    @Autowired
    PdfReports pdfs;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    FindingsService findings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.caseaudit.findings.DisclosureSettings settings;

    /** Unknowns and sums of one output, as a reader sees them. */
    private static final class Reader {
        final List<Long> values = new ArrayList<>(); // null: printed as c or not printed
        final List<String> labels = new ArrayList<>();
        final List<int[]> sums = new ArrayList<>();

        int cell(String label, Long value) {
            values.add(value);
            labels.add(label);
            return values.size() - 1;
        }

        void sum(int total, int... parts) {
            int[] r = new int[parts.length + 1];
            r[0] = total;
            System.arraycopy(parts, 0, r, 1, parts.length);
            sums.add(r);
        }

        /** Suppressed or unprinted cells the printed ones pin down, with the value they give. */
        List<String> recovered(BitSet suppressed) {
            BitSet unknown = new BitSet();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    unknown.set(i);
                }
            }
            BitSet fixed = DisclosureControl.determined(sums, unknown);
            List<String> out = new ArrayList<>();
            fixed.stream().forEach(i -> {
                if (suppressed.get(i)) {
                    out.add(labels.get(i) + " (printed as c) can be worked out");
                }
            });
            return out;
        }
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void nothing_suppressed_in_a_panel_facing_output_can_be_worked_out_and_no_case_row_carries_a_team()
            throws Exception {
        List<String> problems = new ArrayList<>();
        // the panel's own council's cycles (the demo council): Southvale's are not open to this panel
        List<Long> cycles = jdbc.queryForList("SELECT id FROM audit_cycle WHERE council_id = ? ORDER BY 1", Long.class,
                CurrentCouncil.INSTALLATION_COUNCIL);
        int checkedRows = 0;
        int suppressedSeen = 0;
        for (long cycle : cycles) {
            ReportService.ReportFile file = builder.build(ReportKind.RESULTS_WORKBOOK, cycle, ReportVariant.ANONYMISED,
                    ReportProgress.NONE);
            try (XSSFWorkbook wb = WorkbookFixtures.read(file.content())) {
                for (Sheet sheet : wb) {
                    Map<String, Integer> head = header(sheet);
                    if (head.containsKey("Case") && head.containsKey("Team")) {
                        problems.add(file.fileName() + ": sheet " + sheet.getSheetName() + " has a row per case with "
                                + "its team");
                    }
                    if (head.containsKey("Case")) {
                        problems.add(file.fileName() + ": sheet " + sheet.getSheetName() + " has a row per case");
                    }
                }
                Sheet compliance = wb.getSheet(ResultsWorkbookRenderer.COMPLIANCE);
                Map<String, Integer> head = header(compliance);
                int headRow = headerRow(compliance);
                for (int r = headRow + 1; r <= compliance.getLastRowNum(); r++) {
                    Row row = compliance.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    checkedRows++;
                    Reader reader = new Reader();
                    BitSet suppressed = new BitSet();
                    String at = file.fileName() + " row " + (r + 1) + " ";
                    int[] cells = new int[5];
                    String[] names = {"Audited (n)", "Compliant", "Partly", "Not compliant", "Not applicable"};
                    for (int k = 0; k < names.length; k++) {
                        Long v = number(row.getCell(head.get(names[k])));
                        cells[k] = reader.cell(at + names[k], v);
                        if (v == null) {
                            suppressed.set(cells[k]);
                            suppressedSeen++;
                        } else if (v >= 1 && v <= 5) {
                            problems.add(at + names[k] + " prints the small count " + v);
                        }
                    }
                    reader.sum(cells[0], cells[1], cells[2], cells[3]);
                    problems.addAll(reader.recovered(suppressed));
                }
            }

            CommitteePack pack = pdfs.committeePackData(cycle, true);
            List<QuestionCompliance> questions = RunAs.as("lead", () -> findings.compliance(cycle).questions(),
                    "AUDIT_LEAD");
            List<Theme> themes = RunAs.as("lead", () -> findings.themes(cycle), "AUDIT_LEAD");
            problems.addAll(checkPack("pack of cycle " + cycle, pack, questions, themes));
            // the PDF the panel receives (PdfReports.committeePack renders committeePackData's pack) from the pack
            // checked above: the same file, without building the pack a second time
            byte[] pdf = renderer.committeePack(pack);
            String cycleName = jdbc.queryForObject("SELECT name FROM audit_cycle WHERE id = ?", String.class, cycle);
            if (cycleName.startsWith("S47 enquiries")) {
                PdfRenderingTest.save("demo-" + WorkbookService.slug(cycleName) + "-anonymised.pdf", pdf);
                java.nio.file.Files.write(java.nio.file.Path.of("target", "report-samples", "demo-"
                        + WorkbookService.slug(cycleName) + "-results-anonymised.xlsx"), file.content());
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).as("cycle %d", cycle).contains("Disclosure control").doesNotContain(" 1 are ")
                        .doesNotContain("Red In progress (overdue) - overdue").doesNotContain("0 of 1 files")
                        // the design prints its reserves; suppressing them beside it hides nothing
                        .doesNotContain(" c reserves");
                // every "N of M files" printed in the PDF: no small N, no small complement
                var m = java.util.regex.Pattern.compile("\\b(\\d+) of (\\d+) files").matcher(text);
                while (m.find()) {
                    long n = Long.parseLong(m.group(1));
                    long total = Long.parseLong(m.group(2));
                    if (n >= 1 && n <= 5 || total - n >= 1 && total - n <= 5) {
                        problems.add("PDF of cycle " + cycle + " prints \"" + m.group() + "\"");
                    }
                }
            }
        }
        assertThat(checkedRows).isPositive();
        assertThat(suppressedSeen).as("the demo data has small counts to protect").isPositive();
        assertThat(problems).isEmpty();
    }

    /**
     * The action plan as the panel receives it: the anonymised action-plan workbook (whole plan, each cycle, each
     * delivery group) and the anonymised progress report (whole plan, each group), read back with POI and PDFBox: no
     * small count of files or small complement, no percentage that gives either away, no person's name or username,
     * no case reference, no free text the lead or owners wrote (issues, actions, evidence, notes), no group's chair.
     * The panel's action-plan screen is checked the same way in {@code FindingsViewsTest}.
     */
    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void the_action_plan_outputs_the_panel_receives_disclose_nothing() throws Exception {
        List<String> forbidden = forbiddenInPanelOutputs(jdbc);
        int threshold = settings.policy().threshold();
        List<String> problems = new ArrayList<>();
        List<Long> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(jdbc.queryForList("SELECT DISTINCT source_cycle_id FROM action_item WHERE source_cycle_id IS "
                + "NOT NULL ORDER BY 1", Long.class));
        List<Long> groups = new ArrayList<>();
        groups.add(null);
        groups.addAll(jdbc.queryForList("SELECT id FROM delivery_group WHERE council_id = ? ORDER BY 1", Long.class,
                CurrentCouncil.INSTALLATION_COUNCIL));
        int outputs = 0;
        for (Long cycle : scopes) {
            for (Long group : cycle == null ? groups : List.<Long>of()) {
                ReportService.ReportFile file = builder.build(ReportKind.ACTION_PLAN_WORKBOOK, cycle, group,
                        ReportVariant.ANONYMISED, ReportProgress.NONE);
                problems.addAll(org.caseaudit.findings.DisclosureTextCheck.problems(file.fileName(),
                        cells(file.content()), threshold, forbidden));
                outputs++;
            }
            if (cycle != null) {
                ReportService.ReportFile file = builder.build(ReportKind.ACTION_PLAN_WORKBOOK, cycle, null,
                        ReportVariant.ANONYMISED, ReportProgress.NONE);
                problems.addAll(org.caseaudit.findings.DisclosureTextCheck.problems(file.fileName(),
                        cells(file.content()), threshold, forbidden));
                outputs++;
            }
        }
        for (Long group : groups) {
            ReportService.ReportFile file = builder.build(ReportKind.ACTION_PLAN_PROGRESS, null, group,
                    ReportVariant.ANONYMISED, ReportProgress.NONE);
            String text = String.join("\n", PdfRenderingTest.pages(file.content()));
            assertThat(text).as(file.fileName()).contains("Disclosure control");
            problems.addAll(org.caseaudit.findings.DisclosureTextCheck.problems(file.fileName(), text, threshold,
                    forbidden));
            outputs++;
        }
        assertThat(outputs).isGreaterThan(2);
        assertThat(problems).isEmpty();
    }

    /**
     * What no panel-facing output may show: people's names and usernames (as "(name)"), case and child references,
     * the free text of actions (issues, actions, evidence, progress notes) and delivery groups' chairs.
     */
    public static List<String> forbiddenInPanelOutputs(JdbcTemplate jdbc) {
        List<String> forbidden = new ArrayList<>();
        forbidden.addAll(jdbc.queryForList("SELECT full_name FROM app_user", String.class));
        jdbc.queryForList("SELECT username FROM app_user", String.class).forEach(u -> forbidden.add("(" + u + ")"));
        forbidden.addAll(jdbc.queryForList("SELECT case_reference FROM case_record", String.class));
        forbidden.addAll(jdbc.queryForList("SELECT child_reference FROM case_record", String.class));
        forbidden.addAll(jdbc.queryForList("SELECT issue FROM action_item", String.class));
        forbidden.addAll(jdbc.queryForList("SELECT action_text FROM action_item", String.class));
        forbidden.addAll(jdbc.queryForList("SELECT evidence FROM action_item WHERE evidence IS NOT NULL",
                String.class));
        forbidden.addAll(jdbc.queryForList("SELECT note FROM action_progress_note", String.class));
        forbidden.addAll(jdbc.queryForList("SELECT chair FROM delivery_group", String.class));
        return forbidden;
    }

    private static String cells(byte[] xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = WorkbookFixtures.read(xlsx)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The pack's compliance rows, themes' per-question lines and trend rows, read as a reader would. */
    private static List<String> checkPack(String name, CommitteePack pack, List<QuestionCompliance> questions,
                                          List<Theme> themes) {
        List<String> problems = new ArrayList<>();
        Map<String, String> findingsOf = new HashMap<>();
        for (int t = 0; t < themes.size(); t++) {
            String[] lines = pack.themes().get(t).detail().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String figure = line.substring(line.lastIndexOf(": ") + 2);
                findingsOf.put(themes.get(t).questions().get(i).questionId(), figure.split(" of ")[0]);
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionCompliance q = questions.get(i);
            CommitteePack.ComplianceRow row = pack.compliance().get(i);
            Reader reader = new Reader();
            BitSet suppressed = new BitSet();
            int a = reader.cell(name + " " + row.number() + " audited", parse(row.audited()));
            int c = reader.cell(name + " " + row.number() + " compliant", parse(row.compliant()));
            int f = reader.cell(name + " " + row.number() + " findings", parse(findingsOf.getOrDefault(q.questionId(),
                    "0")));
            for (int k : new int[] {a, c, f}) {
                Long v = reader.values.get(k);
                if (v == null) {
                    suppressed.set(k);
                } else if (v >= 1 && v <= 5) {
                    problems.add(reader.labels.get(k) + " prints the small count " + v);
                }
            }
            reader.sum(a, c, f);
            problems.addAll(reader.recovered(suppressed));
            if (C.equals(row.compliant()) && !C.equals(row.percent())) {
                problems.add(name + " " + row.number() + " prints a percentage on a suppressed count");
            }
        }
        // trend: per measure, the months and their pooled figures (compliant from the percentage and n)
        Map<String, List<CommitteePack.TrendRow>> byMeasure = new HashMap<>();
        pack.trend().forEach(r -> byMeasure.computeIfAbsent(r.number(), k -> new ArrayList<>()).add(r));
        for (var e : byMeasure.entrySet()) {
            Reader reader = new Reader();
            BitSet suppressed = new BitSet();
            List<int[]> months = new ArrayList<>();
            for (CommitteePack.TrendRow r : e.getValue()) {
                Long n = parse(r.audited());
                Long pct = C.equals(r.percent()) || n == null ? null : parse(r.percent().replace("%", ""));
                Long comp = pct == null || n == null ? null : Math.round(pct * n / 100.0);
                String label = name + " trend " + e.getKey() + " " + r.cycle() + (r.pooled() ? " pooled" : "");
                int a = reader.cell(label + " audited", n);
                int c = reader.cell(label + " compliant", comp);
                int f = reader.cell(label + " findings", null);
                if (n == null) {
                    suppressed.set(a);
                }
                if (comp == null && n != null && n > 0) {
                    suppressed.set(c);
                }
                if (comp != null && n - comp >= 1 && n - comp <= 5) {
                    problems.add(label + ": " + r.percent() + " of " + n + " gives " + (n - comp) + " not compliant");
                }
                if (comp != null && comp >= 1 && comp <= 5) {
                    problems.add(label + ": " + r.percent() + " of " + n + " gives " + comp + " compliant");
                }
                reader.sum(a, c, f);
                if (r.pooled() && months.size() >= 3) {
                    List<int[]> last = months.subList(months.size() - 3, months.size());
                    reader.sum(a, last.get(0)[0], last.get(1)[0], last.get(2)[0]);
                    reader.sum(c, last.get(0)[1], last.get(1)[1], last.get(2)[1]);
                } else if (!r.pooled()) {
                    months.add(new int[] {a, c});
                }
            }
            problems.addAll(reader.recovered(suppressed));
        }
        return problems;
    }

    private static Long parse(String text) {
        if (text == null || text.isBlank() || C.equals(text.strip()) || "\u2013".equals(text.strip())) {
            return null;
        }
        return Long.parseLong(text.strip());
    }

    private static int headerRow(Sheet sheet) {
        for (int r = 0; r <= Math.min(5, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && !row.getCell(0).getStringCellValue().isBlank() && row.getLastCellNum() > 3) {
                return r;
            }
        }
        return 0;
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> head = new HashMap<>();
        Row row = sheet.getRow(headerRow(sheet));
        if (row == null) {
            return head;
        }
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                head.put(cell.getStringCellValue().strip(), cell.getColumnIndex());
            }
        }
        return head;
    }

    private static Long number(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return Math.round(cell.getNumericCellValue());
        }
        String text = cell.getStringCellValue().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || C.equals(text) ? null : Long.parseLong(text);
    }
}
