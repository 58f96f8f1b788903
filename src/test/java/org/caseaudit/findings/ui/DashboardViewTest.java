package org.caseaudit.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.caseaudit.DemoDataTest;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.Trend;
import org.caseaudit.shared.ui.Chart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard over the demo year: tables match the findings service; panel viewers see "c" for small counts. On the
 * demo year ({@code @DemoDataTest}): twelve cycles of figures, some with small counts.
 */
@DemoDataTest
@Tag("clock")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    FindingsService findings;
    @Autowired
    java.time.Clock clock;

    private List<Trend> trends() {
        return org.caseaudit.security.RunAs.as("lead",
                () -> findings.keyMeasureTrends(DashboardView.TEMPLATE, DashboardView.CYCLES), "AUDIT_LEAD");
    }

    private static List<List<String>> body(NativeTable table) {
        return table.getBody().getRows().stream().map(DashboardViewTest::cells).toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(c -> c.getElement().getText()).toList();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void the_lead_sees_a_chart_and_a_table_per_key_measure_with_the_services_numbers() {
        List<Trend> trends = trends();
        assertThat(trends).hasSizeGreaterThanOrEqualTo(5);
        assertThat(trends.getFirst().points()).hasSize(12);

        navigate(DashboardView.class);

        for (Trend trend : trends) {
            NativeTable table = $(NativeTable.class).id("table-" + trend.questionId());
            assertThat(table.getCaptionText()).isEqualTo("Monthly compliance: " + trend.question());
            List<List<String>> rows = body(table);
            assertThat(rows).hasSize(trend.points().size());
            for (int i = 0; i < rows.size(); i++) {
                Trend.Point p = trend.points().get(i);
                assertThat(rows.get(i).get(1)).isEqualTo(Integer.toString(p.compliant()));
                assertThat(rows.get(i).get(2)).isEqualTo(Integer.toString(p.audited()));
                if (p.audited() > 0) {
                    assertThat(rows.get(i).get(3)).isEqualTo(String.format(java.util.Locale.UK, "%.0f%%", p.percent()));
                }
            }
            Chart chart = $(Chart.class).id("chart-" + trend.questionId());
            trend.points().stream().filter(p -> p.audited() > 0).reduce((a, b) -> b).ifPresent(p -> assertThat(
                    chart.getConfig()).contains("\"compliant\":" + p.compliant() + ",\"audited\":" + p.audited()));
            assertThat(chart.getConfig().split("\"percent\"", -1).length - 1).as(trend.questionId())
                    .isEqualTo((int) trend.points().stream().filter(p -> p.audited() > 0).count()
                            + (trend.questionId().equals(DashboardView.ICPC_QUESTION) ? 1 : 0));
        }
        Chart icpc = $(Chart.class).id("chart-" + DashboardView.ICPC_QUESTION);
        assertThat(icpc.getConfig()).contains("National reference: England 2025, 81%").contains("\"percent\":81.00");
        assertThat($(Paragraph.class).id("icpc-national-reference").getText()).contains("national reference");
        assertThat($(Component.class).id("dashboard-in-progress").getElement().getTextRecursively())
                .contains("S47 enquiries " + java.time.YearMonth.now(clock).minusMonths(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)))
                .contains("audits done");
        assertThat($(NativeTable.class).id("agreement-table").getCaptionText()).contains("moderated audit");
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void a_panel_viewer_sees_no_small_count_nor_one_given_away_and_pooled_figures_instead_of_blanks() {
        List<Trend> trends = trends();
        navigate(DashboardView.class);

        int suppressedSeen = 0;
        int pooledSeen = 0;
        for (Trend trend : trends) {
            List<List<String>> rows = body($(NativeTable.class).id("table-" + trend.questionId()));
            for (List<String> row : rows) {
                String compliant = row.get(1);
                String audited = row.get(2);
                if (row.get(0).startsWith("Pooled: ")) {
                    pooledSeen++;
                }
                if ("c".equals(compliant)) {
                    suppressedSeen++;
                    assertThat(row.get(3)).as("no percentage on a suppressed count").isEqualTo("c");
                    continue;
                }
                if ("c".equals(audited)) {
                    continue;
                }
                long c = Long.parseLong(compliant);
                long n = Long.parseLong(audited);
                assertThat(c >= 1 && c <= 5).as("%s %s: compliant %d printed", trend.questionId(), row.get(0), c)
                        .isFalse();
                assertThat(n - c >= 1 && n - c <= 5).as("%s %s: %d of %d gives %d not compliant",
                        trend.questionId(), row.get(0), c, n, n - c).isFalse();
            }
        }
        assertThat(suppressedSeen).as("the demo year has small counts").isPositive();
        assertThat(pooledSeen).as("pooled figures replace months too small to show").isPositive();
        String icpc = $(Chart.class).id("chart-" + DashboardView.ICPC_QUESTION).getConfig();
        assertThat(icpc.split("\"percent\"", -1).length - 2).as("the ICPC chart is not blank").isPositive();
        assertThat($(Paragraph.class).id("dashboard-suppression-note").getText()).contains("shown as");
        assertThat($(Component.class).withId("dashboard-agreement").exists()).isFalse();
    }
}
