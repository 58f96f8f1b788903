package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 95% Wilson score interval against published values: Newcombe R.G. (1998) "Two-sided confidence intervals for
 * the single proportion: comparison of seven methods", Statistics in Medicine 17(8):857-872, Table I, method 3
 * (score interval without continuity correction), given there to 4 decimal places.
 */
class ConfidenceIntervalTest {

    @ParameterizedTest(name = "{0} of {1} -> {2} to {3}")
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0,  20,  0.0000, 0.1611",
            "1,  29,  0.0061, 0.1718",
    })
    void wilson_interval_matches_newcombe_1998(int successes, int trials, double lower, double upper) {
        ConfidenceInterval ci = ConfidenceInterval.wilson95(successes, trials);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"0, 0", "3, 0"})
    void no_interval_when_nothing_was_audited(int successes, int trials) {
        assertThat(ConfidenceInterval.wilson95(successes, trials)).isNull();
    }
}
