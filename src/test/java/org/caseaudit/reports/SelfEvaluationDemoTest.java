package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.GradingRules;
import org.caseaudit.audit.GradingService;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The self-evaluation pack of the demo year (a test about the demo data: the pack is what a lead shows an inspector
 * from it): the three questions present, the figures the same as the services give, the external version free of
 * names and case references, every generation and refusal in the audit trail.
 */
@DemoDataTest
class SelfEvaluationDemoTest {

    @Autowired SelfEvaluationReports reports;
    @Autowired FindingsService findings;
    @Autowired GradingService grading;
    @Autowired ModerationService moderation;
    @Autowired ActionPlanService actions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    long period;
    List<CyclePeriod> cycles;

    @BeforeEach
    void theTwelveMonthsToThisMonth() {
        YearMonth end = YearMonth.now(clock);
        period = SelfEvaluationBuilder.periodId(end);
        cycles = lead(() -> findings.cycles()).stream().filter(c -> c.periodStart() != null
                && !c.periodStart().isBefore(end.minusMonths(11).atDay(1)) && !c.periodStart().isAfter(
                end.atEndOfMonth())
                && !ActionPlanService.REAUDIT_TEMPLATE.equals(c.templateId())).toList();
    }

    @Test
    void the_figures_are_the_services_figures() {
        SelfEvaluation pack = lead(() -> reports.data(period, false));
        assertThat(pack.sections()).extracting(SelfEvaluation.Section::heading)
                .containsExactlyElementsOf(SelfEvaluation.QUESTIONS);
        assertThat(cycles).as("the demo year has cycles in the period").hasSizeGreaterThanOrEqualTo(6);
        List<List<String>> samples = table(pack, 1, "Samples, moderation and agreement per cycle").rows();
        assertThat(samples).hasSize(cycles.size());
        for (CyclePeriod c : cycles) {
            List<String> row = samples.stream().filter(r -> r.getFirst().equals(c.name())).findFirst().orElseThrow();
            assertThat(row.get(1)).isEqualTo(String.valueOf(lead(() -> findings.progress(c.id())).audits()));
            assertThat(row.get(2)).isEqualTo(String.valueOf(lead(() -> findings.progress(c.id())).done()));
            assertThat(row.get(3)).isEqualTo(String.valueOf(lead(() -> moderation.cycleAgreement(c.id()))
                    .moderatedAudits()));
        }
        GradingRules.Changes changes = lead(() -> grading.overview(cycles.stream().map(CyclePeriod::id).toList()))
                .changes();
        List<String> all = table(pack, 1, "Overall grades at moderation").rows().getLast();
        assertThat(all).containsExactly("All cycles", String.valueOf(changes.compared()),
                String.valueOf(changes.same()), String.valueOf(changes.auditorHigher()),
                String.valueOf(changes.auditorLower()));
        // the demo auditors sometimes grade Outstanding where moderation never does: kinder grading shows
        assertThat(changes.auditorHigher()).isPositive();
        List<List<String>> plan = table(pack, 2, "The action plan in figures").rows();
        assertThat(plan.get(2)).containsExactly("Open now", String.valueOf(lead(() -> actions.plan(false)).size()));
    }

    @Test
    void the_pdf_and_workbook_read_back_with_the_three_questions_and_the_trail_records_them() throws Exception {
        int before = generated();
        ReportService.ReportFile pdf = lead(() -> reports.pdf(period, false));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        PdfRenderingTest.save("self-evaluation-demo.pdf", pdf.content());
        assertThat(text).contains("1 What do we know?").contains("2 How do we know it?")
                .contains("3 What are we doing about it?").contains(cycles.getLast().name())
                .contains("Auditor higher").contains("Re-audits").contains("OFFICIAL-SENSITIVE");
        assertThat(pdf.fileName()).startsWith("self-evaluation-12-months-to-").endsWith(".pdf");
        ReportService.ReportFile xlsx = lead(() -> reports.workbook(period, false));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
        }
        assertThat(generated()).isEqualTo(before + 2);
    }

    @Test
    void the_external_version_names_nobody_and_has_no_case_references() throws Exception {
        ReportService.ReportFile pdf = as("panel", () -> reports.pdf(period, true), Roles.PANEL_VIEWER);
        PdfRenderingTest.save("self-evaluation-demo-external.pdf", pdf.content());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("external version").contains("Disclosure control");
        for (String person : List.of("Aisha Khan", "Tom Price", "Grace Owusu", "Martin Doyle", "Lena Hughes",
                "Nadia Clarke", "Irene Walsh")) {
            assertThat(text).doesNotContain(person);
        }
        SelfEvaluation external = as("panel", () -> reports.data(period, true), Roles.PANEL_VIEWER);
        assertThat(table(external, 0, "Grades per team of the audited cases")).isNull();
        Set<String> references = new java.util.HashSet<>();
        for (CyclePeriod c : cycles) {
            references.addAll(lead(() -> findings.caseTeams(c.id())).keySet());
        }
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(text).doesNotContain(reference);
        }
    }

    @Test
    void the_panel_is_refused_the_full_version_and_the_refusal_recorded() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'REPORT_REFUSED' "
                + "AND actor = 'panel' AND target_type = 'self_evaluation'", Integer.class);
        assertThatThrownBy(() -> as("panel", () -> reports.pdf(period, false), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'REPORT_REFUSED' "
                + "AND actor = 'panel' AND target_type = 'self_evaluation'", Integer.class)).isEqualTo(before + 1);
        assertThatThrownBy(() -> as("auditor", () -> reports.pdf(period, true), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int generated() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'REPORT_GENERATED' "
                + "AND actor = 'lead' AND target_type = 'self_evaluation'", Integer.class);
    }

    private static SelfEvaluation.Block table(SelfEvaluation pack, int section, String caption) {
        return pack.section(section).blocks().stream().filter(b -> b.kind() == SelfEvaluation.Kind.TABLE
                && caption.equals(b.text())).findFirst().orElse(null);
    }

    private static <T> T lead(java.util.concurrent.Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }
}
