package org.caseaudit.partnership.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.caseaudit.partnership.FunnelPlot;
import org.caseaudit.shared.ui.Chart;
import org.junit.jupiter.api.Test;

/** The funnel drawn by {@code <ca-chart>}: categories of n, two bands of control limits, one point per council. */
class FunnelChartTest {

    @Test
    void each_shown_council_is_one_point_at_its_own_n_between_the_limit_bands() {
        FunnelPlot plot = FunnelPlot.of(List.of(new FunnelPlot.Unit("Aston", 30, 50, true),
                new FunnelPlot.Unit("Brierley", 90, 100, true), new FunnelPlot.Unit("Cradley", 3, 4, false)));
        PartnershipComparisonView.FunnelChart chart = PartnershipComparisonView.FunnelChart.of(plot);
        assertThat(chart.categories()).contains("n 50", "n 100").doesNotContain("n 4");
        List<Integer> ns = chart.categories().stream().map(c -> Integer.parseInt(c.substring(2))).toList();
        assertThat(ns).isSorted();
        assertThat(chart.series()).extracting(Chart.Series::name)
                .containsExactly("Partnership, 99.8% limits", "Partnership, 95% limits", "Aston", "Brierley");
        int at50 = chart.categories().indexOf("n 50");
        Chart.Series aston = chart.series().get(2);
        assertThat(aston.points().stream().filter(java.util.Objects::nonNull)).hasSize(1);
        assertThat(aston.points().get(at50).percent()).isCloseTo(60, within(1e-9));
        // target 123/154 = 79.87%; 95% band at n 50: 68.76% to 90.98%
        Chart.Point band = chart.series().get(1).points().get(at50);
        assertThat(band.percent()).isCloseTo(79.8701, within(1e-4));
        assertThat(band.low()).isCloseTo(68.756, within(1e-3));
        assertThat(band.high()).isCloseTo(90.984, within(1e-3));
    }
}
