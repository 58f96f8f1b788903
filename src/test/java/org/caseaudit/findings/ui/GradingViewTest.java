package org.caseaudit.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.asRun;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Chart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Grading honesty page: the lead gets the figures, the chart and a chooser of any auditor's calibration; an
 * auditor gets only their own calibration.
 */
@IntegrationTest
class GradingViewTest extends SpringBrowserlessTest {

    @Autowired AuditTestSupport support;
    @Autowired AuditService audits;

    @BeforeEach
    void aSubmittedAuditOfAuditor2() {
        long audit = support.assign(support.newCycle(), "auditor2", null);
        support.answerAll(audit, "auditor2", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor2", () -> audits.submit(audit), Roles.AUDITOR);
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    @SuppressWarnings("unchecked")
    void the_lead_sees_the_figures_and_chooses_an_auditors_calibration() {
        navigate(GradingView.class);
        assertThat($(Paragraph.class).id("grading-summary").getText()).isNotBlank();
        assertThat($(Chart.class).id("grading-chart").getElement().getAttribute("aria-label"))
                .contains("auditor graded higher than moderation agreed");
        assertThat($(Grid.class).id("grading-changes").getColumns()).isNotEmpty();
        assertThat($(Grid.class).id("grading-by-team")).isNotNull();
        ComboBox<String> auditor = $(ComboBox.class).id("grading-auditor");
        assertThat($(Paragraph.class).withId("calibration-summary").exists()).isFalse();
        auditor.setValue("auditor2");
        assertThat($(Paragraph.class).id("calibration-summary").getText())
                .containsAnyOf("Of auditor2's ", "None of this auditor's").doesNotContain("your");
    }

    @Test
    @WithMockUser(username = "auditor2", roles = "AUDITOR")
    void an_auditor_sees_only_their_own_calibration() {
        navigate(GradingView.class);
        assertThat($(Paragraph.class).id("calibration-summary").getText()).containsAnyOf("Of your ", "None of your");
        assertThat($(Paragraph.class).withId("grading-summary").exists()).isFalse();
        assertThat($(ComboBox.class).withId("grading-auditor").exists()).isFalse();
        assertThat($(Grid.class).withId("grading-by-team").exists()).isFalse();
    }
}
