package org.caseaudit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain text          | plain text
            =SUM(A1:A2)         | '=SUM(A1:A2)
            +44 20 7946 0000    | '+44 20 7946 0000
            -2+3                | '-2+3
            @cmd                | '@cmd
            a,b                 | "a,b"
            say "hi"            | "say ""hi""\"
            =HYPERLINK("x","y") | "'=HYPERLINK(""x"",""y"")"
            a;b                 | "a;b"
            """)
    void cells_are_quoted_when_needed_and_never_start_like_a_formula(String value, String expected) {
        assertThat(CsvCell.of(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void empty_and_missing_values_are_empty_cells() {
        assertThat(CsvCell.of(null)).isEmpty();
        assertThat(CsvCell.of("")).isEmpty();
        assertThat(CsvCell.of("\tx")).isEqualTo("'\tx");
    }
}
