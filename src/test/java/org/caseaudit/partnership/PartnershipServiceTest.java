package org.caseaudit.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditService;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A partnership lead sees aggregate figures of the councils of their own partnership only, and nothing at case level:
 * the case, audit and findings services refuse them.
 */
@IntegrationTest
class PartnershipServiceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final String TEMPLATE = "s47-enquiry";
    private static final String QUESTION = "icpc-within-15-days";

    @Autowired
    PartnershipFixtures fixtures;
    @Autowired
    PartnershipService partnership;
    @Autowired
    CaseRegisterService register;
    @Autowired
    FindingsService findings;
    @Autowired
    AuditService audits;
    @Autowired
    JdbcTemplate jdbc;

    private String lead;
    private String panel;
    private String partnershipName;

    @BeforeEach
    void partnerships() {
        partnershipName = "Test partnership " + System.nanoTime();
        long p = fixtures.partnership(partnershipName);
        long other = fixtures.partnership("Another partnership " + System.nanoTime());
        long aston = fixtures.council("Aston (test)", p);
        fixtures.council("Brierley (test)", p);
        fixtures.council("Outside (test)", other);
        lead = fixtures.user(aston, "plead", Role.PARTNERSHIP_LEAD);
        panel = fixtures.user(aston, "ppanel", Role.PARTNERSHIP_PANEL);
    }

    @Test
    void a_partnership_lead_sees_the_councils_of_their_own_partnership_only() {
        PartnershipSummary s = AuditFixtures.as(lead, partnership::partnership, Roles.PARTNERSHIP_LEAD).orElseThrow();
        assertThat(s.name()).isEqualTo(partnershipName);
        assertThat(s.councils()).containsExactly("Aston (test)", "Brierley (test)");
    }

    @Test
    void the_comparison_has_one_row_per_council_of_the_partnership_and_is_in_the_trail() {
        Comparison c = AuditFixtures.as(panel, () -> partnership.compare(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.PARTNERSHIP_PANEL);
        assertThat(c.rows()).extracting(Comparison.Row::council).containsExactly("Aston (test)", "Brierley (test)");
        assertThat(c.measure()).startsWith("Where an initial child protection conference was held");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ?",
                Integer.class, panel, "PARTNERSHIP_COMPARISON_VIEWED")).isEqualTo(1);
    }

    @Test
    void the_pack_workbook_is_recorded_as_a_report_generated() {
        byte[] xlsx = AuditFixtures.as(lead, () -> partnership.workbook(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.PARTNERSHIP_LEAD);
        assertThat(xlsx).startsWith('P', 'K');
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ?",
                Integer.class, lead, "REPORT_GENERATED")).isEqualTo(1);
    }

    @Test
    void the_comparison_pack_pdf_and_html_are_each_recorded_as_a_report_generated() throws Exception {
        byte[] pdf = AuditFixtures.as(panel, () -> partnership.pack(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.PARTNERSHIP_PANEL);
        byte[] html = AuditFixtures.as(panel, () -> partnership.packHtml(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.PARTNERSHIP_PANEL);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(partnershipName, "Aston (test)", "Brierley (test)")
                    .doesNotContain("Outside (test)");
        }
        assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8)).contains("Aston (test)")
                .doesNotContain("Outside (test)");
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE actor = ? AND action = ? ORDER BY id",
                String.class, panel, "REPORT_GENERATED")).containsExactly(
                "Partnership comparison pack (PDF): " + TEMPLATE + " v1 " + QUESTION + ", " + FROM + " to " + TO,
                "Partnership comparison pack (HTML): " + TEMPLATE + " v1 " + QUESTION + ", " + FROM + " to " + TO);
    }

    @Test
    void council_roles_are_refused_the_comparison_pack() {
        assertThatThrownBy(() -> AuditFixtures.as("lead", () -> partnership.pack(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.AUDIT_LEAD)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_partnership_lead_is_refused_every_case_level_service() {
        assertThatThrownBy(() -> AuditFixtures.as(lead, () -> register.find(CaseFilter.all(), PageRequest.of(0, 5)),
                Roles.PARTNERSHIP_LEAD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AuditFixtures.as(lead, () -> findings.findings(1), Roles.PARTNERSHIP_LEAD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AuditFixtures.as(lead, () -> findings.compliance(1), Roles.PARTNERSHIP_LEAD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AuditFixtures.as(lead, () -> findings.pooled(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.PARTNERSHIP_LEAD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AuditFixtures.as(lead, () -> audits.open(1), Roles.PARTNERSHIP_LEAD))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void council_roles_are_refused_the_partnership_figures() {
        assertThatThrownBy(() -> AuditFixtures.as("lead", () -> partnership.compare(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.AUDIT_LEAD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AuditFixtures.as("admin", partnership::partnership, Roles.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_partnership_user_whose_council_is_in_no_partnership_is_refused() {
        long lone = fixtures.council("Lone council (test)", null);
        String user = fixtures.user(lone, "plone", Role.PARTNERSHIP_LEAD);
        assertThat(AuditFixtures.as(user, partnership::partnership, Roles.PARTNERSHIP_LEAD)).isEmpty();
        assertThatThrownBy(() -> AuditFixtures.as(user, () -> partnership.compare(TEMPLATE, 1, QUESTION, FROM, TO),
                Roles.PARTNERSHIP_LEAD)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("belongs to no partnership");
    }

    @Test
    void a_question_that_is_not_a_compliance_measure_is_refused_by_name() {
        assertThatThrownBy(() -> AuditFixtures.as(lead, () -> partnership.compare(TEMPLATE, 1, "no-such-question",
                FROM, TO), Roles.PARTNERSHIP_LEAD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no compliance question no-such-question");
    }
}
