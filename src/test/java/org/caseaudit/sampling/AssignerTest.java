package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AssignerTest {

    private static final List<Assigner.Person> AUDITORS = List.of(
            new Assigner.Person("aisha", "North Assessment Team"),
            new Assigner.Person("tom", "South Assessment Team"),
            new Assigner.Person("grace", "Child Protection East"),
            new Assigner.Person("martin", "Quality Assurance"));
    private static final List<Assigner.Person> MODERATORS = List.of(
            new Assigner.Person("martin", "Quality Assurance"),
            new Assigner.Person("maya", "north assessment team "));

    private static List<Assigner.Case> cases(int count) {
        String[] teams = {"North Assessment Team", "South Assessment Team", "Child Protection East",
                "Disabled Children"};
        List<Assigner.Case> cases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            cases.add(new Assigner.Case(i, "REF-" + i, teams[i % teams.length]));
        }
        return cases;
    }

    @Test
    void nobody_audits_or_moderates_a_case_of_their_own_team() {
        List<Assigner.Case> cases = cases(23);
        List<Assigner.Assignment> result = Assigner.assign(cases, AUDITORS, MODERATORS, 20, 5L);
        Map<Long, String> teamOf = cases.stream().collect(Collectors.toMap(Assigner.Case::itemId, Assigner.Case::team));
        Map<String, String> auditorTeam = AUDITORS.stream().collect(Collectors.toMap(Assigner.Person::username,
                Assigner.Person::team));
        Map<String, String> moderatorTeam = MODERATORS.stream().collect(Collectors.toMap(Assigner.Person::username,
                Assigner.Person::team));
        for (Assigner.Assignment a : result) {
            assertThat(Assigner.sameTeam(auditorTeam.get(a.auditor()), teamOf.get(a.itemId()))).as(
                    a.toString()).isFalse();
            if (a.moderator() != null) {
                assertThat(Assigner.sameTeam(moderatorTeam.get(a.moderator()), teamOf.get(a.itemId()))).as(
                        a.toString()).isFalse();
                assertThat(a.moderator()).isNotEqualTo(a.auditor());
            }
        }
    }

    @Test
    void the_load_is_balanced_to_within_one_case() {
        List<Assigner.Assignment> result = Assigner.assign(cases(23), AUDITORS, MODERATORS, 0, 5L);
        Map<String, Long> load = result.stream().collect(Collectors.groupingBy(Assigner.Assignment::auditor,
                Collectors.counting()));
        assertThat(load).hasSize(4);
        assertThat(load.values().stream().mapToLong(Long::longValue).max().getAsLong()
                - load.values().stream().mapToLong(Long::longValue).min().getAsLong()).isLessThanOrEqualTo(1);
    }

    @Test
    void the_moderated_share_is_rounded_up_and_the_same_for_the_same_seed() {
        List<Assigner.Assignment> first = Assigner.assign(cases(23), AUDITORS, MODERATORS, 20, 77L);
        List<Assigner.Assignment> again = Assigner.assign(cases(23), AUDITORS, MODERATORS, 20, 77L);
        List<Assigner.Assignment> other = Assigner.assign(cases(23), AUDITORS, MODERATORS, 20, 78L);
        assertThat(first.stream().filter(a -> a.moderator() != null)).hasSize(5); // ceil(23 * 20%) = ceil(4.6)
        assertThat(again).isEqualTo(first);
        assertThat(other.stream().map(Assigner.Assignment::moderator).toList())
                .isNotEqualTo(first.stream().map(Assigner.Assignment::moderator).toList());
    }

    @Test
    void a_case_only_same_team_auditors_could_take_is_refused_with_its_reference() {
        List<Assigner.Case> cases = List.of(new Assigner.Case(1, "REF-X", "North Assessment Team"));
        assertThatThrownBy(() -> Assigner.assign(cases, List.of(new Assigner.Person("aisha", "North Assessment Team")),
                List.of(), 0, 1L))
                .isInstanceOf(SamplingException.class)
                .hasMessage("No auditor can take case REF-X: every auditor is in its team (North Assessment Team)");
    }

    @Test
    void a_replacement_stays_with_the_previous_auditor_when_allowed_else_goes_to_the_least_loaded() {
        Assigner.Case northCase = new Assigner.Case(2, "REF-R", "North Assessment Team");
        assertThat(Assigner.auditorForReplacement(northCase, "tom", AUDITORS, Map.of())).isEqualTo("tom");
        assertThat(Assigner.auditorForReplacement(northCase, "aisha", AUDITORS,
                Map.of("tom", 3, "grace", 2, "martin", 2))).isEqualTo("grace");
    }

    @Test
    void a_moderator_who_also_audits_never_moderates_their_own_cases_and_the_share_is_still_met() {
        List<Assigner.Person> auditors = List.of(new Assigner.Person("martin", "Quality Assurance"),
                new Assigner.Person("tom", "South Assessment Team"));
        List<Assigner.Person> moderators = List.of(new Assigner.Person("martin", "Quality Assurance"));
        for (long seed = 1; seed <= 50; seed++) {
            List<Assigner.Assignment> result = Assigner.assign(cases(10), auditors, moderators, 30, seed);
            assertThat(result.stream().filter(a -> a.moderator() != null)).hasSize(3)
                    .allMatch(a -> !a.auditor().equals("martin"));
        }
    }
}
