package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The register filter as the audit trail shows it: plain words, never a record's toString. */
class CaseFilterTest {

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(CaseFilter.all(), "all cases"),
                Arguments.of(new CaseFilter(" ", null, null, null, null, ""), "all cases"),
                Arguments.of(new CaseFilter("North Assessment Team", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                        null, null, null), "team North Assessment Team; S47 started from 01/03/2026 to 31/03/2026"),
                Arguments.of(new CaseFilter(null, LocalDate.of(2026, 3, 1), null, S47Outcome.CHILD_IN_NEED, true, null),
                        "S47 started from 01/03/2026; outcome Child in need plan; with an ICPC"),
                Arguments.of(new CaseFilter(null, null, LocalDate.of(2026, 3, 31), null, false, "CR00"),
                        "S47 started to 31/03/2026; without an ICPC; reference starting \u201cCR00\u201d"),
                Arguments.of(CaseFilter.all().withMeasure(Measure.ICPC, MeasureStatus.OVERDUE),
                        "Initial child protection conference overdue"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void a_filter_is_described_in_plain_words(CaseFilter filter, String words) {
        assertThat(filter.describe()).isEqualTo(words).doesNotContain("null").doesNotContain("CaseFilter");
    }
}
