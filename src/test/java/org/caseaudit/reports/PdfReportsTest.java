package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.CycleCompliance;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The PDFs for a real cycle: drawn, assigned, audited and moderated through the services, then read back with PDFBox.
 */
@IntegrationTest
class PdfReportsTest {

    private static final long SEED = 20_261_122L;

    @Autowired
    org.caseaudit.audit.FeedbackService feedback;
    @Autowired
    PdfReports reports;
    @Autowired
    AuditCycleService cycles;
    @Autowired
    SampleService samples;
    @Autowired
    AuditService audits;
    @Autowired
    AuditTestSupport support;
    @Autowired
    FindingsService findings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActionPlanService actionPlan;

    private long cycleId;
    private List<AuditSummary> cycleAudits;
    private String actionIssue;

    @BeforeEach
    void auditedCycle() {
        as("lead", () -> {
            FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31), List.of(), List.of(), 0, List.of());
            SampleDesign design = SampleDesign.stratified(new SampleSize.Fixed(12), 2, Allocation.PROPORTIONAL, true);
            CycleSummary cycle = cycles.create(new CycleDetails("Pack test " + UUID.randomUUID().toString()
                    .substring(0, 8),
                    "s47-enquiry", 1, LocalDate.of(2026, 5, 29), frame, design, 25));
            cycleId = cycle.id();
            samples.draw(cycleId, cycle.version(), SEED);
            samples.assign(cycleId, cycles.get(cycleId).version(), 99L);
            audits.createForCycle(cycleId);
            return null;
        }, Roles.AUDIT_LEAD);
        cycleAudits = as("lead", () -> audits.cycleAudits(cycleId), Roles.AUDIT_LEAD);
        int i = 0;
        for (AuditSummary a : cycleAudits) {
            String role = a.kind() == AuditKind.MODERATION ? Roles.MODERATOR : Roles.AUDITOR;
            support.answerAll(a.id(), a.auditor(), i++ % 3 == 0 ? "No" : "Yes", "Good", role);
            AuditFixtures.asRun(a.auditor(), () -> audits.submit(a.id()), role);
        }
        actionIssue = "Chronology missing in " + cycleAudits.getFirst().caseReference();
        as("lead", () -> actionPlan.create(cycleId, "s47-enquiry", "chronology", List.of(), new ActionForm(actionIssue,
                "Team manager Priya Patel reviews every chronology", null, "Team Manager, North Assessment Team",
                LocalDate.of(2026, 1, 30),
                ActionStatus.IN_PROGRESS)), Roles.AUDIT_LEAD);
    }

    @Test
    void the_committee_pack_prints_the_sample_record_and_the_findings_figures_with_marking_and_page_numbers()
            throws Exception {
        byte[] pdf = as("lead", () -> reports.committeePack(cycleId, false), Roles.AUDIT_LEAD);
        PdfRenderingTest.save("committee-pack-identified.pdf", pdf);
        String[] pages = PdfRenderingTest.pages(pdf);
        for (int p = 0; p < pages.length; p++) {
            assertThat(pages[p]).as("page %d", p + 1).contains("OFFICIAL-SENSITIVE")
                    .contains("Page " + (p + 1) + " of " + pages.length);
        }
        String text = String.join(" ", pages);
        SampleRecord sample = as("lead", () -> samples.sample(cycleId).orElseThrow(), Roles.AUDIT_LEAD);
        assertThat(text).contains("Random seed " + SEED).contains("Frame SHA-256 " + sample.frameSha256())
                .contains(sample.frameSha256()).contains("Population (frame) " + sample.populationSize() + " cases")
                .contains("Moderation share 25%");
        assertThat(text).contains("Issue identified").contains(actionIssue).contains("Priya Patel").contains("Red");
        CycleCompliance compliance = as("lead", () -> findings.compliance(cycleId), Roles.AUDIT_LEAD);
        assertThat(compliance.questions()).isNotEmpty();
        for (QuestionCompliance q : compliance.questions()) {
            if (q.audited() > 0) {
                assertThat(text).as(q.questionId()).contains(q.audited() + " " + q.compliant() + " "
                        + Math.round(q.percent()) + "% " + q.interval().describe());
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_GENERATED' and actor = "
                + "'lead' and target_id = ? and detail = 'committee pack PDF, identified'", Integer.class,
                String.valueOf(cycleId))).isEqualTo(1);
    }

    @Test
    void the_pack_data_matches_the_findings_and_suppresses_small_counts_when_anonymised() {
        CommitteePack identified = as("lead", () -> reports.committeePackData(cycleId, false), Roles.AUDIT_LEAD);
        CommitteePack anonymised = as("panel", () -> reports.committeePackData(cycleId, true), Roles.PANEL_VIEWER);
        CycleCompliance compliance = as("lead", () -> findings.compliance(cycleId), Roles.AUDIT_LEAD);
        assertThat(identified.compliance()).hasSize(compliance.questions().size());
        for (int i = 0; i < compliance.questions().size(); i++) {
            QuestionCompliance q = compliance.questions().get(i);
            CommitteePack.ComplianceRow plain = identified.compliance().get(i);
            CommitteePack.ComplianceRow hidden = anonymised.compliance().get(i);
            assertThat(plain.audited()).isEqualTo(String.valueOf(q.audited()));
            assertThat(plain.compliant()).isEqualTo(String.valueOf(q.compliant()));
            // shown as it is or as c (primary or secondary suppression); never a small count
            assertThat(hidden.audited()).isIn(String.valueOf(q.audited()), "c");
            assertThat(hidden.compliant()).isIn(String.valueOf(q.compliant()), "c");
            if (Anonymiser.suppressed(q.compliant(), q.audited())) {
                assertThat(hidden.compliant().equals("c") || hidden.audited().equals("c")).isTrue();
            }
            if (hidden.compliant().equals("c") || hidden.audited().equals("c")) {
                assertThat(hidden.percent()).isEqualTo("c");
                assertThat(hidden.interval()).isEqualTo("c");
                assertThat(hidden.percentValue()).as("not in the chart either").isNull();
            } else {
                assertThat(q.audited() - q.compliant()).as("no small complement shown").isNotIn(1, 2, 3, 4, 5);
            }
        }
        assertThat(anonymised.cover().statement()).startsWith(Anonymiser.STATEMENT).contains("Disclosure control");
        assertThat(identified.cover().statement()).isNull();
    }

    @Test
    void the_anonymised_pack_holds_no_case_reference_and_no_name_from_the_database() throws Exception {
        byte[] pdf = as("panel", () -> reports.committeePack(cycleId, true), Roles.PANEL_VIEWER);
        PdfRenderingTest.save("committee-pack-anonymised.pdf", pdf);
        String text = String.join(" ", PdfRenderingTest.pages(pdf));
        assertThat(text).contains("Anonymised version").contains("OFFICIAL-SENSITIVE");
        List<String> identifiers = new ArrayList<>();
        cycleAudits.forEach(a -> identifiers.add(a.caseReference()));
        cycleAudits.forEach(a -> identifiers.add(a.auditor()));
        identifiers.addAll(jdbc.queryForList("select case_reference from case_record", String.class));
        identifiers.addAll(jdbc.queryForList("select child_reference from case_record", String.class));
        identifiers.addAll(jdbc.queryForList("select distinct social_worker from case_record where social_worker "
                + "is not null", String.class));
        identifiers.addAll(jdbc.queryForList("select full_name from app_user", String.class));
        identifiers.addAll(List.of("Sam Worker", "Terry Manager", "Priya Patel"));
        for (String identifier : identifiers) {
            if (identifier.length() >= 4 && !identifier.matches("[a-z]+[0-9]*")) {
                assertThat(text).as("identifier %s", identifier).doesNotContain(identifier);
            }
        }
        assertThat(text).contains("Theme: Chronology").contains("Red").doesNotContain(actionIssue);
        // usernames are plain words ("lead", "auditor") that the text uses as words; check them as "by <name>"
        cycleAudits.forEach(a -> assertThat(text).doesNotContain("by " + a.auditor() + " "));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_GENERATED' and actor = "
                + "'panel' and target_id = ? and detail = 'committee pack PDF, anonymised'", Integer.class,
                String.valueOf(cycleId))).isEqualTo(1);
    }

    @Test
    void the_published_pdfs_of_a_seeded_cycle_are_tagged_and_pass_pdf_ua_1() throws Exception {
        byte[] pack = as("panel", () -> reports.committeePack(cycleId, true), Roles.PANEL_VIEWER);
        byte[] progress = as("panel", () -> reports.actionPlanProgress(true), Roles.PANEL_VIEWER);
        for (var pdf : java.util.Map.of("committee pack", pack, "action-plan progress", progress).entrySet()) {
            java.util.Map<String, String> failed = new java.util.TreeMap<>(PdfUaValidation.failedRules(pdf.getValue()));
            failed.keySet().removeAll(TaggedPdfTest.ALLOWED_FAILURES.keySet());
            assertThat(failed).as("veraPDF PDF/UA-1 rules failed in the %s", pdf.getKey()).isEmpty();
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(pack)) {
            StructureTree tree = StructureTree.of(pdf);
            assertThat(tree.ofType("H2")).extracting(StructureTree.Element::text).containsExactly("Contents",
                    "1 Executive summary", "2 Methodology", "3 Compliance per question", "4 Trend of key measures",
                    "5 Themes and strengths", "6 Action plan");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        String html = new String(as("panel", () -> reports.committeePackHtml(cycleId, true), Roles.PANEL_VIEWER),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en-GB\">").contains("6 Action plan");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REPORT_GENERATED' and actor = "
                + "'panel' and target_id = ? and detail = 'committee pack HTML, anonymised'", Integer.class,
                String.valueOf(cycleId))).isEqualTo(1);
    }

    @Test
    void panel_viewers_and_independent_members_get_only_the_anonymised_versions() {
        assertThatThrownBy(() -> as("panel", () -> reports.committeePack(cycleId, false), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("member", () -> reports.actionPlanProgress(false), Roles.INDEPENDENT_MEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("panel", () -> reports.caseAuditReport(cycleAudits.getFirst().id()),
                Roles.PANEL_VIEWER)).isInstanceOf(AccessDeniedException.class);
        byte[] pdf = as("member", () -> reports.actionPlanProgress(true), Roles.INDEPENDENT_MEMBER);
        assertThat(pdf).isNotEmpty();
    }

    @Test
    void the_action_plan_progress_report_lists_the_overdue_action_first_with_its_owner() throws Exception {
        byte[] pdf = as("lead", () -> reports.actionPlanProgress(false), Roles.AUDIT_LEAD);
        PdfRenderingTest.save("action-plan-progress.pdf", pdf);
        String[] pages = PdfRenderingTest.pages(pdf);
        String text = String.join(" ", pages);
        assertThat(text).contains("Overdue").contains(actionIssue).contains("Priya Patel")
                .contains("Page 1 of " + pages.length).contains("OFFICIAL-SENSITIVE");
        byte[] anonymised = as("panel", () -> reports.actionPlanProgress(true), Roles.PANEL_VIEWER);
        PdfRenderingTest.save("action-plan-progress-anonymised.pdf", anonymised);
        String hidden = String.join(" ", PdfRenderingTest.pages(anonymised));
        assertThat(hidden).doesNotContain(actionIssue).doesNotContain("Priya Patel")
                .contains("Team Manager, North Assessment Team")
                .contains("Theme: Chronology");
    }

    @Test
    void the_case_audit_report_gives_the_team_every_answer_note_and_the_grade() throws Exception {
        AuditSummary audit = cycleAudits.stream().filter(a -> a.kind() == AuditKind.AUDIT).findFirst().orElseThrow();
        as("lead", () -> {
            feedback.share(audit.id(), "manager", "For the team meeting");
            return null;
        }, Roles.AUDIT_LEAD);
        as("manager", () -> feedback.reply(audit.id(), "Discussed with the team; chronology training booked."),
                Roles.TEAM_MANAGER);
        byte[] pdf = as(audit.auditor(), () -> reports.caseAuditReport(audit.id()), Roles.AUDITOR);
        PdfRenderingTest.save("case-audit-report.pdf", pdf);
        String[] pages = PdfRenderingTest.pages(pdf);
        String text = String.join(" ", pages);
        assertThat(text).contains("Case audit " + audit.caseReference()).contains("Overall grade Good")
                .contains("Rationale Rationale for Good").contains("Strengths Timely visits")
                .contains("Page 1 of " + pages.length).contains("OFFICIAL-SENSITIVE")
                .contains("Reply from manager").contains("Discussed with the team; chronology training booked.");
        var template = as("lead", () -> audits.open(audit.id()).template(), Roles.AUDIT_LEAD);
        template.questions().forEach(q -> assertThat(text).contains(q.text().replaceAll("\\s+", " ")));
        String other = cycleAudits.stream().filter(a -> !a.auditor().equals(audit.auditor())).map(AuditSummary::auditor)
                .findFirst().orElse("auditor3");
        assertThatThrownBy(() -> as(other, () -> reports.caseAuditReport(audit.id()), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }
}
