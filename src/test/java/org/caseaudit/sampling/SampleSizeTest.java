package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

    @ParameterizedTest(name = "{1}% of {0} (at least {2}, at most {3}) is {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # population, percent, at least, at most, expected
              100,        10,      -,        -,       10
               87,        10,      -,        -,        9
               81,        10,      -,        -,        9
               80,        10,      -,        -,        8
                8,        12.5,    -,        -,        1
               87,        10,      10,       -,       10
              500,        10,      10,       30,      30
                6,        10,      10,       -,        6
              200,        10,      10,       -,       20
                1,        0.5,     -,        -,        1
            """)
    void a_percentage_rounds_up_then_keeps_within_its_limits_and_the_frame(int population, String percent,
                                                                          Integer atLeast, Integer atMost,
                                                                          int expected) {
        assertThat(new SampleSize.Percentage(new BigDecimal(percent), atLeast, atMost).resolve(population))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10, 100, 10", "10, 5, 5", "1, 1, 1"})
    void a_number_is_capped_by_the_frame(int cases, int population, int expected) {
        assertThat(new SampleSize.Fixed(cases).resolve(population)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"0, -, -", "101, -, -", "10, 0, -", "10, 20, 10"})
    void nonsense_percentages_are_refused(String percent, Integer atLeast, Integer atMost) {
        assertThatThrownBy(() -> new SampleSize.Percentage(new BigDecimal(percent), atLeast, atMost))
                .isInstanceOf(SamplingException.class);
    }
}
