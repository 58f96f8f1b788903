package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What "Start a new cycle" fills in after the latest cycle (table-driven). */
class NextCycleTest {

    private static CycleSummary cycle(long id, String name, String from, String to, String due) {
        FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.REFERRAL, LocalDate.parse(from),
                LocalDate.parse(to), List.of("North"), List.of("CP_CONFERENCE"), 6,
                List.of(new FrameDefinition.ReferenceExclusion("C-1", "sibling audited")));
        return new CycleSummary(id, 3, name, "s47-enquiry", 2, LocalDate.parse(from), LocalDate.parse(to),
                due.isEmpty() ? null : LocalDate.parse(due), CycleStatus.COMPLETE, frame,
                SampleDesign.simpleRandom(new SampleSize.Fixed(12), 2), 25, false, true, true, "lead", Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0} {1}..{2} due {3} -> {4} {5}..{6} due {7}")
    @CsvSource(nullValues = "NULL", value = {
            // name,                          from,       to,         due,        next name,                        
            // next from,  next to,    next due
            "S47 enquiries October 2026,      2026-10-01, 2026-10-31, 2026-11-30, S47 enquiries November 2026,       "
                    + "2026-11-01, 2026-11-30, 2026-12-30",
            "S47 enquiries December 2026,     2026-12-01, 2026-12-31, 2027-01-20, S47 enquiries January 2027,        "
            + "2027-01-01, 2027-01-31, 2027-02-20",
            "January 2028 S47 (leap year),    2028-01-01, 2028-01-31, 2028-02-29, February 2028 S47 (leap year),     "
            + "2028-02-01, 2028-02-29, 2028-03-29",
            "Strategy discussions,            2026-09-01, 2026-09-30, '',         NULL,                              "
            + "2026-10-01, 2026-10-31, NULL",
            "Quarter three,                   2026-07-01, 2026-09-30, 2026-10-31, NULL,                              "
            + "2026-10-01, 2026-12-31, 2027-01-31",
            "July 2026 and August 2026,       2026-07-01, 2026-08-31, 2026-09-15, NULL,                              "
            + "2026-09-01, 2026-10-31, 2026-11-15",
            "Fortnight,                       2026-11-02, 2026-11-15, 2026-11-20, NULL,                              "
            + "2026-11-16, 2026-11-29, 2026-12-04",
            "S47 enquiries October 2026 part, 2026-10-05, 2026-10-31, 2026-11-30, NULL,                              "
            + "2026-11-01, 2026-11-27, 2026-12-27",
    })
    void followsTheLatestPeriod(String name, String from, String to, String due, String nextName, String nextFrom,
                                String nextTo, String nextDue) {
        CycleDetails next = NextCycle.after(cycle(1, name, from, to, due));

        assertThat(next.name()).isEqualTo(nextName);
        assertThat(next.frame().from()).isEqualTo(nextFrom);
        assertThat(next.frame().to()).isEqualTo(nextTo);
        assertThat(next.dueDate()).isEqualTo(nextDue == null ? null : LocalDate.parse(nextDue));
    }

    @Test
    void keepsTheSettingsButNotTheExclusionsByReference() {
        CycleSummary latest = cycle(1, "S47 enquiries October 2026", "2026-10-01", "2026-10-31", "2026-11-30");

        CycleDetails next = NextCycle.after(latest);

        assertThat(next.templateId()).isEqualTo("s47-enquiry");
        assertThat(next.templateVersion()).isEqualTo(2);
        assertThat(next.design()).isEqualTo(latest.design());
        assertThat(next.moderationPercent()).isEqualTo(25);
        assertThat(next.blindModeration()).isFalse();
        assertThat(next.frame().dateField()).isEqualTo(FrameDefinition.DateField.REFERRAL);
        assertThat(next.frame().teams()).containsExactly("North");
        assertThat(next.frame().outcomes()).containsExactly("CP_CONFERENCE");
        assertThat(next.frame().excludeAuditedWithinMonths()).isEqualTo(6);
        assertThat(next.frame().excludedReferences()).isEmpty();
    }

    @Test
    void followsTheCycleWhosePeriodEndsLastWhicheverWasCreatedLast() {
        List<CycleSummary> cycles = List.of(
                cycle(1, "S47 enquiries October 2026", "2026-10-01", "2026-10-31", "2026-11-30"),
                cycle(2, "S47 enquiries August 2026", "2026-08-01", "2026-08-31", "2026-09-30"));

        assertThat(NextCycle.suggest(cycles, LocalDate.of(2027, 3, 4)).name()).isEqualTo("S47 enquiries November 2026");
    }

    @Test
    void aReAuditsOddPeriodIsNotFollowedWhileThereIsAMonthlySeries() {
        List<CycleSummary> cycles = List.of(
                cycle(1, "S47 enquiries October 2026", "2026-10-01", "2026-10-31", "2026-11-30"),
                cycle(2, "Re-audit of A-1: Chronology", "2026-06-01", "2026-11-20", "2026-12-18"));
        assertThat(NextCycle.suggest(cycles, LocalDate.of(2026, 11, 20)).frame().from())
                .isEqualTo(LocalDate.of(2026, 11, 1));

        List<CycleSummary> onlyOdd = List.of(cycles.get(1));
        assertThat(NextCycle.suggest(onlyOdd, LocalDate.of(2026, 11, 20)).frame().from())
                .as("with no series, the latest cycle of any period").isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @ParameterizedTest(name = "no cycle yet, today {0}: {1}..{2}")
    @CsvSource({
            "2026-12-06, 2026-11-01, 2026-11-30",
            "2027-01-01, 2026-12-01, 2026-12-31",
            "2028-03-31, 2028-02-01, 2028-02-29",
    })
    void withNoCycleYetSuggestsLastCalendarMonthOnly(LocalDate today, LocalDate from, LocalDate to) {
        CycleDetails next = NextCycle.suggest(List.of(), today);

        assertThat(next.frame().from()).isEqualTo(from);
        assertThat(next.frame().to()).isEqualTo(to);
        assertThat(next.name()).isNull();
        assertThat(next.templateId()).isNull();
        assertThat(next.design()).isNull();
    }
}
