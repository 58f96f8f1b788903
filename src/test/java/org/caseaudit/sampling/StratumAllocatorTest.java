package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Allocation tables worked by hand (strata A, B, C in that order; see {@link StratumAllocator} for the rule):
 * quota = n * N_h / N (proportional) or n / H (equal); whole parts first; left-over units to the largest
 * remainders, ties to the name that sorts first.
 */
class StratumAllocatorTest {

    @ParameterizedTest(name = "{0} cases per team, n={1}, {3}: sample {5}, reserves {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # sizes    | n  | K | allocation   | at least 1 | sample | reserves
            # quotas 5, 3, 2 exactly; reserves 1.5, 0.9, 0.6 -> 1, 0, 0 + remainders B (.9), C (.6)
            50 30 20   | 10 | 3 | PROPORTIONAL | false      | 5 3 2  | 1 1 1
            # quotas 4.7, 3.3, 2.0 -> 4 3 2, one left: A has the largest remainder (.7)
            47 33 20   | 10 | 0 | PROPORTIONAL | false      | 5 3 2  | 0 0 0
            # quotas 1.875, 1.875, 1.25 -> 1 1 1, two left: A and B (.875 each)
            15 15 10   | 5  | 0 | PROPORTIONAL | false      | 2 2 1  | 0 0 0
            # quotas 1.33 each -> 1 1 1, one left, remainders tie: A by name
            10 10 10   | 4  | 0 | PROPORTIONAL | false      | 2 1 1  | 0 0 0
            # quotas 9, 0.8, 0.2 -> 9 0 0, one left: B (.8); C stays 0
            90 8 2     | 10 | 0 | PROPORTIONAL | false      | 9 1 0  | 0 0 0
            # as above, then C raised to 1, taken from A (the only team above 1; 9 - 9 = 0 over quota)
            90 8 2     | 10 | 0 | PROPORTIONAL | true       | 8 1 1  | 0 0 0
            # quotas 8.4, 1.2, 0.4 -> 8 1 0, one left: A and C tie at .4, A by name -> 9 1 0; then C raised, taken from A
            84 12 4    | 10 | 0 | PROPORTIONAL | true       | 8 1 1  | 0 0 0
            # equal: 7 / 3 = 2.33 each -> 2 2 2, one left, tie: A
            10 10 10   | 7  | 2 | EQUAL        | false      | 3 2 2  | 1 1 0
            # equal: 4 each but B holds only 3; B's missing case shared by A and C equally, tie: A
            50 3 20    | 12 | 0 | EQUAL        | false      | 5 3 4  | 0 0 0
            # an empty stratum gets nothing and needs no minimum
            60 0 40    | 5  | 1 | PROPORTIONAL | true       | 3 0 2  | 1 0 0
            """)
    void allocations_match_the_hand_computed_tables(String sizes, int n, int reserves, Allocation allocation,
                                                    boolean atLeastOne, String sample, String reserveRow) {
        int[] populations = ints(sizes);
        List<AllocationRow> rows = StratumAllocator.allocate(List.of("A", "B", "C"), populations, n, reserves,
                allocation, atLeastOne);
        assertThat(rows.stream().mapToInt(AllocationRow::sample).toArray()).containsExactly(ints(sample));
        assertThat(rows.stream().mapToInt(AllocationRow::reserves).toArray()).containsExactly(ints(reserveRow));
        assertThat(rows.stream().mapToInt(AllocationRow::sample).sum()).isEqualTo(n);
    }

    @Test
    void the_table_shows_the_exact_quota_before_rounding() {
        List<AllocationRow> rows = StratumAllocator.allocate(List.of("A", "B", "C"), new int[] {47, 33, 20}, 10, 0,
                Allocation.PROPORTIONAL, false);
        assertThat(rows).extracting(r -> r.quota().toPlainString()).containsExactly("4.70", "3.30", "2.00");
        assertThat(rows).extracting(AllocationRow::population).containsExactly(47, 33, 20);
    }

    @Test
    void at_least_one_per_team_is_refused_when_the_sample_is_smaller_than_the_number_of_teams() {
        assertThatThrownBy(() -> StratumAllocator.allocate(List.of("A", "B", "C"), new int[] {5, 5, 5}, 2, 0,
                Allocation.PROPORTIONAL, true))
                .isInstanceOf(SamplingException.class)
                .hasMessage(
                "At least 1 per team needs a sample of at least 3 (the number of teams in the frame), not 2");
    }

    private static int[] ints(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
