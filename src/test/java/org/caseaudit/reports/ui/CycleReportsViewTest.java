package org.caseaudit.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.concurrent.TimeUnit;
import org.caseaudit.IntegrationTest;
import org.caseaudit.reports.ReportVariant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class CycleReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    @SuppressWarnings("unchecked")
    void a_panel_viewer_can_only_choose_the_anonymised_version_builds_in_the_background_and_gets_a_download_link()
            throws Exception {
        CycleReportsView view = navigate(CycleReportsView.class);
        RadioButtonGroup<ReportVariant> variant = $(RadioButtonGroup.class).id("report-variant");
        assertThat(variant.getValue()).isEqualTo(ReportVariant.ANONYMISED);
        assertThat(variant.isReadOnly()).isTrue();
        assertThat($(Div.class).withId("schedule-form").exists()).isFalse();

        test($(Button.class).id("build-action-plan")).click();
        Span status = $(Span.class).id("report-job-status-1");
        assertThat(status).isNotNull();
        view.jobsForTest().getFirst().result().get(60, TimeUnit.SECONDS);
        view.refreshJobs();
        assertThat(status.getText()).isEqualTo("Ready");
        Anchor link = $(Anchor.class).id("report-job-download-1");
        assertThat(link.getText()).contains("-anonymised.xlsx");
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_audit_lead_chooses_the_version_and_edits_the_schedule() {
        navigate(CycleReportsView.class);
        assertThat($(RadioButtonGroup.class).id("report-variant").isReadOnly()).isFalse();
        long version = jdbc.queryForObject("SELECT version FROM report_schedule", Long.class);
        boolean was = jdbc.queryForObject("SELECT enabled FROM report_schedule", Boolean.class);
        try {
            test($(Checkbox.class).id("schedule-enabled")).click();
            test($(Button.class).id("schedule-save")).click();
            assertThat(jdbc.queryForObject("SELECT enabled FROM report_schedule", Boolean.class)).isEqualTo(!was);
            assertThat(jdbc.queryForObject("SELECT version FROM report_schedule", Long.class)).isEqualTo(version + 1);
            assertThat(jdbc.queryForObject("SELECT updated_by FROM report_schedule", String.class)).isEqualTo("lead");
        } finally {
            jdbc.update("UPDATE report_schedule SET enabled = ?", was);
        }
    }

    @Test
    @WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
    void a_build_without_a_cycle_asks_for_one() {
        navigate(CycleReportsView.class);
        test($(Button.class).id("build-results")).click();
        assertThat($(Span.class).withId("report-job-status-1").exists()).isFalse();
    }
}
