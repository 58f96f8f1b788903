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

    @org.junit.jupiter.api.Test
    void xlsx_text_loses_characters_xml_cannot_carry_and_is_cut_to_a_cells_length() {
        assertThat(SpreadsheetText.forXlsx(null)).isNull();
        assertThat(SpreadsheetText.forXlsx("plain")).isSameAs("plain");
        assertThat(SpreadsheetText.forXlsx("a\u0000b\u0007c\tline\nnext\r")).isEqualTo("a\uFFFDb\uFFFDc\tline\nnext\r");
        assertThat(SpreadsheetText.forXlsx("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(SpreadsheetText.forXlsx("emoji \uD83D\uDE00 ok\u0001")).isEqualTo("emoji \uD83D\uDE00 ok\uFFFD");
        String huge = "=".repeat(40_000);
        String cut = SpreadsheetText.forXlsx(huge);
        assertThat(cut).hasSize(SpreadsheetText.MAX_XLSX_CELL_LENGTH).endsWith(SpreadsheetText.TRUNCATED);
        assertThat(SpreadsheetText.startsLikeFormula(cut)).isTrue();
    }
}
