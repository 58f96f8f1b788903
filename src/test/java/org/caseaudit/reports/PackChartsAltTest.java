package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' alternative texts say what the chart shows from the rows it draws, never from suppressed ones. */
class PackChartsAltTest {

    private static CommitteePack.ComplianceRow row(String number, Double percent) {
        return new CommitteePack.ComplianceRow("Section 1", number, "Question " + number + "?", false, "20", "10",
                percent == null ? "c" : percent + "%", null, null, percent, null, null);
    }

    private static CommitteePack.TrendRow point(String number, String cycle, Double percent) {
        return new CommitteePack.TrendRow(number, "Visits", cycle, "", "20", "", "", percent, false);
    }

    @Test
    void the_compliance_alt_names_the_count_the_lowest_and_the_highest_shown_question() {
        assertThat(PackCharts.complianceAlt(List.of(row("1.1", 80.0), row("1.2", null), row("1.3", 45.0),
                row("1.4", 92.4)))).isEqualTo("Bar chart of the per cent compliant for 3 questions, each with its 95% "
                + "interval as a line: lowest 45% (question 1.3), highest 92% (question 1.4). The same figures are in "
                + "the compliance table before the chart.");
    }

    @Test
    void no_alt_when_nothing_is_drawn() {
        assertThat(PackCharts.complianceAlt(List.of(row("1.1", null)))).isNull();
        assertThat(PackCharts.complianceAlt(List.of())).isNull();
        assertThat(PackCharts.trendAlt(List.of(point("1.1", "March", null)))).isNull();
    }

    @Test
    void the_trend_alt_gives_each_measure_from_its_first_to_its_last_shown_cycle() {
        assertThat(PackCharts.trendAlt(List.of(point("1.1", "January", 50.0), point("1.1", "February", null),
                point("1.1", "March", 75.0), point("2.1", "March", 60.0)))).isEqualTo("Line chart of the per cent "
                + "compliant on each key measure over the recent cycles, oldest first. 1.1 Visits: 50% in January, "
                + "75% in March. 2.1 Visits: 60% in March, 60% in March. The figures are in the table after the chart.");
    }
}
