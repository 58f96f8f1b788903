package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values: AICPA Audit Guide "Audit Sampling" (2012 and later editions), appendix A, table A-1 "Statistical
 * Sample Sizes for Tests of Controls, 5 Percent Risk of Overreliance" and table A-2 (10 percent risk); the number
 * of expected deviations in brackets there is the second expected column here.
 */
class AttributeSampleSizeTest {

    @ParameterizedTest(name = "confidence {0}, expected {1}, tolerable {2}: {3} ({4})")
    @CsvSource(textBlock = """
            0.95, 0.00,   0.02, 149, 0
            0.95, 0.00,   0.03,  99, 0
            0.95, 0.00,   0.04,  74, 0
            0.95, 0.00,   0.05,  59, 0
            0.95, 0.00,   0.10,  29, 0
            0.95, 0.0025, 0.05,  93, 1
            0.95, 0.01,   0.05,  93, 1
            0.95, 0.01,   0.04, 156, 2
            0.95, 0.0175, 0.04, 227, 4
            0.95, 0.02,   0.05, 181, 4
            0.95, 0.02,   0.06, 127, 3
            0.95, 0.02,   0.10,  46, 1
            0.95, 0.03,   0.06, 195, 6
            0.90, 0.00,   0.05,  45, 0
            0.90, 0.00,   0.10,  22, 0
            0.90, 0.01,   0.05,  77, 1
            0.90, 0.01,   0.04,  96, 1
            """)
    void sizes_match_the_published_attribute_sampling_tables(String confidence, String expected, String tolerable,
                                                             int size, int deviations) {
        AttributeSampleSize.Advice advice = AttributeSampleSize.advise(new BigDecimal(confidence),
                new BigDecimal(expected), new BigDecimal(tolerable), null);
        assertThat(advice.sampleSize()).isEqualTo(size);
        assertThat(advice.expectedDeviations()).isEqualTo(deviations);
        assertThat(advice.recommended()).isEqualTo(size);
    }

    @ParameterizedTest
    @CsvSource({"100, 38", "1000, 56", "59, 30", "20, 15"})
    void a_small_population_reduces_the_size_by_the_finite_population_correction(int population, int adjusted) {
        // n = 59 (95%, 0%, 5%); n' = ceil(59 / (1 + 59 / N))
        AttributeSampleSize.Advice advice = AttributeSampleSize.advise(new BigDecimal("0.95"), BigDecimal.ZERO,
                new BigDecimal("0.05"), population);
        assertThat(advice.adjustedForPopulation()).isEqualTo(adjusted);
        assertThat(advice.explanation()).isEqualTo("At 95% confidence, expecting 0% deviations and tolerating 5%: "
                + "59 cases (0 deviations expected); " + adjusted + " for a population of " + population);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.95 | 0    | 0.05 |     | In plain words: audit 59 cases; if none of them falls short of a standard, you can "
                + "be 95% sure that fewer than 5% of all the cases fall short of it.",
        "0.95 | 0.01 | 0.10 | 59  | In plain words: audit 26 cases; if no more than 1 of them falls short of a "
        + "standard, you can be 95% sure that fewer than 10% of all the cases in the frame fall short of it.",
        "0.90 | 0.01 | 0.05 |     | In plain words: audit 77 cases; if no more than 1 of them falls short of a "
        + "standard, you can be 90% sure that fewer than 5% of all the cases fall short of it.",
    })
    void the_advice_is_also_said_in_one_plain_sentence(String confidence, String expected, String tolerable,
            Integer population, String plain) {
        AttributeSampleSize.Advice advice = AttributeSampleSize.advise(new BigDecimal(confidence),
                new BigDecimal(expected), new BigDecimal(tolerable), population);
        assertThat(advice.plain()).isEqualTo(plain);
    }

    @Test
    void an_expected_rate_at_or_above_the_tolerable_rate_is_refused() {
        assertThatThrownBy(() -> AttributeSampleSize.advise(new BigDecimal("0.95"), new BigDecimal("0.05"),
                new BigDecimal("0.05"), null)).isInstanceOf(SamplingException.class);
    }
}
