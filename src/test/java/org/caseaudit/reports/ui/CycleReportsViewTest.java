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
import org.caseaudit.shared.council.CurrentCouncil;
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
        long version = schedule("version", Long.class);
        boolean was = schedule("enabled", Boolean.class);
        try {
            test($(Checkbox.class).id("schedule-enabled")).click();
            test($(Button.class).id("schedule-save")).click();
            assertThat(schedule("enabled", Boolean.class)).isEqualTo(!was);
            assertThat(schedule("version", Long.class)).isEqualTo(version + 1);
            assertThat(schedule("updated_by", String.class)).isEqualTo("lead");
        } finally {
            jdbc.update("UPDATE report_schedule SET enabled = ? WHERE council_id = ?", was,
                    CurrentCouncil.INSTALLATION_COUNCIL);
        }
    }

    @Test
    @WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
    void a_build_without_a_cycle_asks_for_one() {
        navigate(CycleReportsView.class);
        test($(Button.class).id("build-results")).click();
        assertThat($(Span.class).withId("report-job-status-1").exists()).isFalse();
    }

    /** A column of the demo council's report schedule (a new council has a schedule of its own). */
    private <T> T schedule(String column, Class<T> type) {
        return jdbc.queryForObject("SELECT " + column + " FROM report_schedule WHERE council_id = ?", type,
                CurrentCouncil.INSTALLATION_COUNCIL);
    }
}
