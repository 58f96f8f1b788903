package org.caseaudit.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Limits worked by hand: se = sqrt(p0 (1 - p0) / n), limit = p0 ± z se with z 1.959964 (95%) and 3.090232 (99.8%). */
class FunnelPlotTest {

    @ParameterizedTest(name = "p0 {0}, n {1}")
    @CsvSource({
            // p0, n, lower 99.8, lower 95, upper 95, upper 99.8
            // 0.8, 100: se 0.04; 95% ± 0.078399; 99.8% ± 0.123609
            "0.8, 100, 0.676391, 0.721601, 0.878399, 0.923609",
            // 0.5, 25: se 0.1
            "0.5, 25, 0.190977, 0.304004, 0.695996, 0.809023",
            // 0.9, 4: se 0.15; upper limits 1.19 and 1.36 clipped to 1
            "0.9, 4, 0.436465, 0.606005, 1, 1",
            // a target of 1 or 0 has no spread: the limits sit on it
            "1.0, 30, 1, 1, 1, 1",
            "0.0, 30, 0, 0, 0, 0",
    })
    void control_limits_narrow_with_n(double target, int n, double l998, double l95, double u95, double u998) {
        FunnelPlot.Limits l = FunnelPlot.limits(target, n);
        assertThat(l.lower998()).isCloseTo(l998, within(1e-6));
        assertThat(l.lower95()).isCloseTo(l95, within(1e-6));
        assertThat(l.upper95()).isCloseTo(u95, within(1e-6));
        assertThat(l.upper998()).isCloseTo(u998, within(1e-6));
    }

    @ParameterizedTest(name = "{1} at n {0}")
    @CsvSource({
            // target 0.8, n 100: limits 0.676391 / 0.721601 / 0.878399 / 0.923609
            "100, 0.80, WITHIN",
            "100, 0.878, WITHIN",
            "100, 0.88, ABOVE_95",
            "100, 0.93, ABOVE_998",
            "100, 0.72, BELOW_95",
            "100, 0.67, BELOW_998",
            // the same 0.67 at n 25 (se 0.08: 95% lower 0.643203) is within: small councils vary more
            "25, 0.67, WITHIN",
    })
    void a_proportion_is_classed_against_the_limits_at_its_own_n(int n, double p, FunnelPosition expected) {
        assertThat(FunnelPlot.position(0.8, n, p)).isEqualTo(expected);
    }

    @Test
    void the_target_pools_every_council_and_a_withheld_council_gets_no_point() {
        // 30 + 90 + 3 = 123 of 50 + 100 + 4 = 154: target 0.798701
        // A (n 50): se 0.056706, 99.8% lower 0.623467 > 0.6 -> below 99.8%
        // B (n 100): 95% upper 0.877290 < 0.9 < 99.8% upper 0.922611 -> above 95%
        FunnelPlot plot = FunnelPlot.of(List.of(
                new FunnelPlot.Unit("Aston", 30, 50, true),
                new FunnelPlot.Unit("Brierley", 90, 100, true),
                new FunnelPlot.Unit("Cradley", 3, 4, false),
                new FunnelPlot.Unit("Dudley", 0, 0, true)));
        assertThat(plot.target()).isCloseTo(0.798701, within(1e-6));
        assertThat(plot.points()).extracting(FunnelPlot.Point::name)
                .containsExactly("Aston", "Brierley", "Cradley", "Dudley");
        assertThat(plot.points()).extracting(FunnelPlot.Point::position).containsExactly(
                FunnelPosition.BELOW_998, FunnelPosition.ABOVE_95, FunnelPosition.NOT_SHOWN, FunnelPosition.NOT_SHOWN);
        // Aston's own 95% Wilson interval (30 of 50): 0.461814 to 0.723916
        assertThat(plot.points().getFirst().interval().lower()).isCloseTo(0.461814, within(1e-5));
        assertThat(plot.points().getFirst().interval().upper()).isCloseTo(0.723916, within(1e-5));
        assertThat(plot.points().get(2).proportion()).isNull();
    }

    @Test
    void the_curve_runs_from_small_n_to_the_largest_council_without_repeats() {
        FunnelPlot plot = FunnelPlot.of(List.of(new FunnelPlot.Unit("A", 8, 10, true)));
        List<FunnelPlot.Limits> curve = plot.curve(10, 40);
        assertThat(curve).extracting(FunnelPlot.Limits::n).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void more_compliant_than_audited_is_refused_naming_the_council() {
        assertThatThrownBy(() -> new FunnelPlot.Unit("Aston", 6, 5, true))
                .hasMessageContaining("Aston").hasMessageContaining("6 compliant of 5");
    }
}
