package org.caseaudit.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallCountsTest {

    @ParameterizedTest(name = "{0} is suppressed: {1}")
    @CsvSource({
            "0, false",
            "1, true",
            "3, true",
            "5, true",
            "6, false",
            "12, false"})
    void counts_from_1_to_5_are_suppressed_and_0_is_shown(int count, boolean suppressed) {
        assertThat(SmallCounts.suppressed(count)).isEqualTo(suppressed);
    }

    @ParameterizedTest(name = "{0} of {1}, panel {2}: {3} | {4} | {5} | {6}")
    @CsvSource(delimiter = '|', value = {
            // compliant | audited | panel | compliant shown | audited shown | percent shown | interval shown
            "7  | 10 | true  | 7 | 10 | 70% | 40% to 89%",
            "0  | 8  | true  | 0 | 8  | 0%  | 40% to 89%",
            "4  | 10 | true  | c | 10 | c   | c",
            "6  | 6  | true  | 6 | 6  | 100% | 40% to 89%",
            "3  | 4  | true  | c | c  | c   | c",
            "0  | 3  | true  | 0 | c  | c   | c",
            "4  | 10 | false | 4 | 10 | 40% | 40% to 89%",
            "3  | 4  | false | 3 | 4  | 75% | 40% to 89%",
            "0  | 0  | true  | 0 | 0  | no files audited | ''"})
    void a_panel_viewer_sees_c_for_small_counts_and_no_percentage_built_on_them(int compliant, int audited,
            boolean panel, String shownCompliant, String shownAudited, String shownPercent, String shownInterval) {
        double percent = audited == 0 ? Double.NaN : 100.0 * compliant / audited;
        double low = audited == 0 ? Double.NaN : 39.6;
        double high = audited == 0 ? Double.NaN : 89.2;

        SmallCounts.Shown shown = SmallCounts.show(compliant, audited, percent, low, high, panel);

        assertThat(shown.compliant()).isEqualTo(shownCompliant);
        assertThat(shown.audited()).isEqualTo(shownAudited);
        assertThat(shown.percent()).isEqualTo(shownPercent);
        assertThat(shown.interval()).isEqualTo(shownInterval);
        assertThat(shown.suppressed()).isEqualTo("c".equals(shownPercent));
    }
}
