package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.caseaudit.findings.Summaries.Shown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummariesTest {

    /** "id:compliant/audited" or "id:compliant/audited:pooled". */
    private static List<Shown> figures(String text) {
        return Arrays.stream(text.split(" ")).map(f -> {
            String[] p = f.split(":");
            String[] n = p[1].split("/");
            return new Shown(p[0], p[0], "Question " + p[0], Long.parseLong(n[0]), Long.parseLong(n[1]),
                    p.length > 2 ? "August to October 2026" : null);
        }).toList();
    }

    @ParameterizedTest(name = "{0}: lowest {1}, highest {2}")
    @CsvSource(delimiter = '|', value = {
            // figures that may be shown | lowest | highest
            "1.1:8/10 1.2:6/10 3.2:9/10 | 1.2 | 3.2",
            "1.1:8/10 1.3:10/31:p 3.2:6/10 | 1.3 | 1.1",   // a pooled figure counts as shown
            "1.1:6/10 1.2:12/20 | 1.2 | 1.2",                // equal 60%: more files first, both ways
            "1.1:0/0 1.2:7/10 | 1.2 | 1.2"})                 // nothing audited is not a figure
    void lowest_and_highest_are_over_what_may_be_shown(String shown, String lowest, String highest) {
        List<Shown> list = figures(shown);
        assertThat(Summaries.lowest(list).orElseThrow().questionId()).isEqualTo(lowest);
        assertThat(Summaries.highest(list).orElseThrow().questionId()).isEqualTo(highest);
    }

    @ParameterizedTest(name = "{0} of {1} at {2}%: strength {3}")
    @CsvSource({
            "8, 10, 80, true",
            "7, 10, 80, false",
            "3, 10, 80, false",    // the issue: a 30% measure was listed as a strength
            "9, 10, 90, true",
            "19, 20, 96, false",
            "0, 0, 80, false"})
    void a_measure_below_the_level_is_never_a_strength(long compliant, long audited, int level, boolean strength) {
        assertThat(Summaries.isStrength(compliant, audited, level)).isEqualTo(strength);
        assertThat(Summaries.strengths(List.of(new Shown("q", "1.1", "Q", compliant, audited, null)), level))
                .hasSize(strength ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "7/10 | 5/10 | up 20 points from 50% in September 2026",
            "5/10 | 7/10 | down 20 points from 70% in September 2026",
            "7/10 | 14/20 | no change from 70% in September 2026",
            "51/100 | 50/100 | up 1 point from 50% in September 2026"})
    void the_change_since_the_previous_cycle_is_stated_in_points(String now, String before, String expected) {
        Shown a = figures("q:" + now).getFirst();
        Shown b = figures("q:" + before).getFirst();
        assertThat(Summaries.change(a, b, "September 2026")).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1, 1 action, is", "2, 2 actions, are", "0, 0 actions, are"})
    void counts_agree_with_their_nouns(long n, String text, String verb) {
        assertThat(Summaries.plural(n, "action", "actions")).isEqualTo(text);
        assertThat(Summaries.verb(n)).isEqualTo(verb);
    }
}
