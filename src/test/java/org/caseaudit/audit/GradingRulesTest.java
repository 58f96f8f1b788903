package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Grade distributions and grade changes at moderation against a fixture counted by hand. */
class GradingRulesTest {

    static final String O = "Outstanding";
    static final String G = "Good";
    static final String RI = "Requires improvement to be good";
    static final String I = "Inadequate";

    /**
     * Two cycles, two teams, three auditors. Counted by hand:
     * cycle 1: auditor grades O, G, G, RI, I, (none) -> 1 O, 2 G, 1 RI, 1 I, 1 not graded;
     *   moderated: #1 O->G (higher), #2 G->G (same), #4 RI->G (lower), #5 I->RI (lower); #3 not moderated;
     *   #6 has no auditor grade (not compared) -> compared 4, same 1, higher 1, lower 2.
     * cycle 2: G, G, O, RI -> 1 O, 2 G, 1 RI;
     *   moderated: #7 G->RI (higher), #9 O->I (higher by 3), #10 RI->RI (same) -> compared 3, same 1, higher 2
     *   (one by two or more grades), lower 0.
     * teams: North #1,#2,#3,#7,#8 -> O 1, G 4; South #4,#5,#6,#9,#10 -> O 1, RI 2, I 1, not graded 1.
     */
    static final List<GradeRecord> FIXTURE = List.of(
            r(1, 1, "North", "aisha", O, G),
            r(2, 1, "North", "aisha", G, G),
            r(3, 1, "North", "tom", G, null),
            r(4, 1, "South", "tom", RI, G),
            r(5, 1, "South", "grace", I, RI),
            r(6, 1, "South", "grace", null, G),
            r(7, 2, "North", "aisha", G, RI),
            r(8, 2, "North", "tom", G, null),
            r(9, 2, "South", "aisha", O, I),
            r(10, 2, "South", "grace", RI, RI));

    static GradeRecord r(long id, long cycle, String team, String auditor, String grade, String moderation) {
        return new GradeRecord(id, cycle, "REF-" + id, team, auditor, grade, moderation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // label, outstanding, good, RI, inadequate, not graded, graded, good or better
            "cycle 1, 1, 2, 1, 1, 1, 5, 3",
            "cycle 2, 1, 2, 1, 0, 0, 4, 3",
            "North,   1, 4, 0, 0, 0, 5, 5",
            "South,   1, 0, 2, 1, 1, 4, 1",
            "all,     2, 4, 2, 1, 1, 9, 6"})
    void distributions_match_the_hand_count(String group, int o, int g, int ri, int i, int none, int graded,
            int goodOrBetter) {
        GradingRules.Distribution d = GradingRules.auditorDistribution(group, select(group));
        assertThat(List.of(d.outstanding(), d.good(), d.requiresImprovement(), d.inadequate(), d.notGraded()))
                .containsExactly(o, g, ri, i, none);
        assertThat(d.graded()).isEqualTo(graded);
        assertThat(d.goodOrBetter()).isEqualTo(goodOrBetter);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // label, compared, same, auditor higher, auditor lower, higher by two or more
            "cycle 1, 4, 1, 1, 2, 0",
            "cycle 2, 3, 1, 2, 0, 1",
            "aisha,   4, 1, 3, 0, 1",
            "tom,     1, 0, 0, 1, 0",
            "grace,   2, 1, 0, 1, 0",
            "all,     7, 2, 3, 2, 1"})
    void grade_changes_at_moderation_match_the_hand_count(String group, int compared, int same, int higher,
            int lower, int farHigher) {
        GradingRules.Changes c = GradingRules.changes(group, select(group));
        assertThat(List.of(c.compared(), c.same(), c.auditorHigher(), c.auditorLower(), c.higherByTwoOrMore()))
                .containsExactly(compared, same, higher, lower, farHigher);
        assertThat(c.changed()).isEqualTo(higher + lower);
    }

    @ParameterizedTest(name = "{0} moderated as {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "Outstanding, Good, AUDITOR_HIGHER",
            "Good, Outstanding, AUDITOR_LOWER",
            "Good, Good, SAME",
            "Requires improvement to be good, Inadequate, AUDITOR_HIGHER",
            "Inadequate, Requires improvement to be good, AUDITOR_LOWER",
            "-, Good, -",
            "Good, -, -",
            "Satisfactory, Good, -"})
    void the_direction_of_a_change(String auditor, String moderation, GradingRules.Change expected) {
        assertThat(GradingRules.change(auditor, moderation)).isEqualTo(expected);
    }

    @Test
    void groups_follow_the_given_order_and_drop_empty_groups() {
        Map<Long, List<GradeRecord>> byCycle = GradingRules.group(FIXTURE, GradeRecord::cycleId, List.of(3L, 2L, 1L));
        assertThat(byCycle.keySet()).containsExactly(2L, 1L);
        assertThat(byCycle.get(1L)).hasSize(6);
    }

    @Test
    void nothing_compared_is_no_agreement_rather_than_a_division_by_zero() {
        assertThat(GradingRules.changes("none", List.of()).agreement()).isZero();
        assertThat(GradingRules.changes("all", FIXTURE).agreement()).isEqualTo(2.0 / 7);
    }

    private static List<GradeRecord> select(String group) {
        return FIXTURE.stream().filter(r -> switch (group) {
            case "cycle 1" -> r.cycleId() == 1;
            case "cycle 2" -> r.cycleId() == 2;
            case "North", "South" -> group.equals(r.team());
            case "all" -> true;
            default -> Arrays.asList("aisha", "tom", "grace").contains(group) && group.equals(r.auditor());
        }).toList();
    }
}
