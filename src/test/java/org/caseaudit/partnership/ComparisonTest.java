package org.caseaudit.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseaudit.findings.DisclosureControl;
import org.junit.jupiter.api.Test;

/** What a cross-council comparison prints: disclosure control first, then the funnel of what is shown. */
class ComparisonTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private static Comparison compare(CouncilFigures... figures) {
        return Comparison.of("s47", 1, "q1", "Strategy discussion held", FROM, TO, List.of(figures),
                DisclosureControl.standard());
    }

    @Test
    void councils_are_listed_by_name_with_n_share_interval_and_position() {
        // 30 + 90 of 50 + 100: target 0.8. Aston (n 50): 99.8% lower 0.8 - 3.090232 x 0.056569 = 0.625190 > 0.6.
        // Brierley (n 100): 95% upper 0.878399 < 0.9 < 99.8% upper 0.923609.
        Comparison c = compare(new CouncilFigures(2, "Brierley", 3, 90, 100), new CouncilFigures(1,
                "Aston", 3, 30, 50));
        assertThat(c.rows()).extracting(Comparison.Row::council).containsExactly("Aston", "Brierley");
        assertThat(c.rows()).extracting(Comparison.Row::audited).containsExactly("50", "100");
        assertThat(c.rows()).extracting(Comparison.Row::share).containsExactly("60%", "90%");
        assertThat(c.rows()).extracting(Comparison.Row::position)
                .containsExactly(FunnelPosition.BELOW_998, FunnelPosition.ABOVE_95);
        // Wilson 95% of 30/50: 0.4618-0.7239
        assertThat(c.rows().getFirst().interval()).isEqualTo("46%\u201372%");
        assertThat(c.totalShare()).isEqualTo("80%");
        assertThat(c.plot().target()).isEqualTo(0.8);
    }

    @Test
    void a_small_council_is_suppressed_and_cannot_be_worked_out_from_the_totals() {
        // Cradley: 3 of 4 -> both "c"; with the totals printed, Cradley = total - Aston - Brierley, so one more
        // figure of each sum must go too (secondary suppression)
        Comparison c = compare(new CouncilFigures(1, "Aston", 2, 30, 50), new CouncilFigures(2, "Brierley", 2, 90, 100),
                new CouncilFigures(3, "Cradley", 1, 3, 4));
        Comparison.Row cradley = c.rows().get(2);
        assertThat(cradley.compliant()).isEqualTo(DisclosureControl.SUPPRESSED);
        assertThat(cradley.audited()).isEqualTo(DisclosureControl.SUPPRESSED);
        assertThat(cradley.share()).isEmpty();
        assertThat(cradley.position()).isEqualTo(FunnelPosition.NOT_SHOWN);
        List<String> compliantColumn = List.of(c.rows().get(0).compliant(), c.rows().get(1).compliant(),
                c.totalCompliant());
        List<String> auditedColumn = List.of(c.rows().get(0).audited(), c.rows().get(1).audited(), c.totalAudited());
        assertThat(compliantColumn).as("a second figure of the compliant sum is withheld").contains("c");
        assertThat(auditedColumn).as("a second figure of the audited sum is withheld").contains("c");
    }

    @Test
    void a_council_with_nothing_audited_shows_zero_and_no_point() {
        Comparison c = compare(new CouncilFigures(1, "Aston", 1, 40, 50), new CouncilFigures(2, "Brierley", 0, 0, 0));
        assertThat(c.rows().get(1).audited()).isEqualTo("0");
        assertThat(c.rows().get(1).position()).isEqualTo(FunnelPosition.NOT_SHOWN);
        assertThat(c.rows().get(0).position()).isEqualTo(FunnelPosition.WITHIN);
    }

    @Test
    void a_partnership_too_small_to_show_has_no_plot() {
        Comparison c = compare(new CouncilFigures(1, "Aston", 1, 2, 3), new CouncilFigures(2, "Brierley", 1, 1, 2));
        assertThat(c.plotShown()).isFalse();
        assertThat(c.totalAudited()).as("5 is within the threshold").isEqualTo("c");
        assertThat(c.rows()).allSatisfy(r -> assertThat(r.position()).isEqualTo(FunnelPosition.NOT_SHOWN));
    }
}
