package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain text          | plain text         | false
            =SUM(A1:A2)         | '=SUM(A1:A2)       | true
            +44 20 7946 0000    | '+44 20 7946 0000  | true
            -2+3                | '-2+3              | true
            @cmd                | '@cmd              | true
            a=b                 | a=b                | false
            """)
    void text_that_a_spreadsheet_would_evaluate_is_neutralised(String value, String csv, boolean formula) {
        assertThat(SpreadsheetText.forCsv(value)).isEqualTo(csv);
        assertThat(SpreadsheetText.startsLikeFormula(value)).isEqualTo(formula);
    }

    @org.junit.jupiter.api.Test
    void tabs_carriage_returns_and_empty_values() {
        assertThat(SpreadsheetText.forCsv("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.forCsv("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetText.forCsv("")).isEmpty();
        assertThat(SpreadsheetText.forCsv(null)).isNull();
    }
}
