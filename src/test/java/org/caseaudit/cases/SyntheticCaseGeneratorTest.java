package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticCaseGeneratorTest {

    @Test
    void same_seed_gives_the_same_cases() {
        assertThat(TestFiles.cases(200, 42)).isEqualTo(TestFiles.cases(200, 42));
        assertThat(TestFiles.cases(50, 42)).isNotEqualTo(TestFiles.cases(50, 43));
    }

    @Test
    void icpc_timeliness_is_near_the_england_benchmark() {
        List<Integer> days = TestFiles.cases(20_000, 7).stream().filter(c -> c.icpcDate() != null)
                .map(c -> SyntheticCaseGenerator.workingDaysBetween(c.firstStrategyDiscussionDate(), c.icpcDate()))
                .sorted().toList();
        double late = days.stream().filter(d -> d > 15).count() / (double) days.size();
        assertThat(days.size()).isGreaterThan(5000);
        assertThat(days.get(days.size() / 2)).isEqualTo(14);
        assertThat(late).isBetween(0.16, 0.22);
    }

    @Test
    void some_cases_lack_chronology_or_consent_and_no_date_is_after_today() {
        List<CaseData> cases = TestFiles.cases(2000, 3);
        assertThat(cases).anyMatch(c -> c.chronologyOnFile() == null || !c.chronologyOnFile());
        assertThat(cases).anyMatch(c -> c.consentSought() == null);
        assertThat(cases).allSatisfy(c -> {
            for (CaseField f : CaseField.values()) {
                if (c.value(f) instanceof java.time.LocalDate d) {
                    assertThat(d).isBeforeOrEqualTo(TestFiles.TODAY);
                }
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"2024-03-14,0,2024-03-14", "2024-03-14,1,2024-03-15", "2024-03-15,1,2024-03-18",
        "2024-03-16,1,2024-03-18", "2024-03-14,15,2024-04-08", "2024-12-23,3,2024-12-30"})
    void generator_counts_working_days_without_weekends_and_bank_holidays(java.time.LocalDate start, int days,
    java.time.LocalDate expected) {
        assertThat(SyntheticCaseGenerator.plusWorkingDays(start, days)).isEqualTo(expected);
        assertThat(SyntheticCaseGenerator.workingDaysBetween(start, expected)).isEqualTo(days);
    }
}
