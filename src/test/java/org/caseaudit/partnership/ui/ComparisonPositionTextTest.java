package org.caseaudit.partnership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseaudit.partnership.Comparison;
import org.caseaudit.partnership.FunnelPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "Against the partnership" column: "small sample" only beside a share that is shown. */
class ComparisonPositionTextTest {

    @ParameterizedTest
    @CsvSource({
            "WITHIN, false, Within the limits",
            "WITHIN, true, Within the limits (small sample)",
            "BELOW_998, true, Below the 99.8% limit (small sample)",
            "NOT_SHOWN, true, Not shown (small numbers)",
            "NOT_SHOWN, false, Not shown (small numbers)"})
    void the_position_says_small_sample_only_where_a_share_is_shown(FunnelPosition position, boolean small,
            String expected) {
        Comparison.Row row = new Comparison.Row("Aston", 1, "c", "8", "", "", position, small);
        assertThat(PartnershipComparisonView.position(row)).isEqualTo(expected);
    }
}
