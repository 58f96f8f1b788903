package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Team identity by name or alias, in any case and spacing; unknown texts are teams of their own. */
class TeamDirectoryTest {

    private static final TeamDirectory TEAMS = new TeamDirectory(List.of(
            new Team(1, 0, "Assessment Team North", List.of("North Assessment Team", "ATN"), List.of("manager"), true),
            new Team(2, 0, "Assessment Team South", List.of("South Assessment Team"), List.of(), false),
            new Team(3, 0, "MASH", List.of(), List.of(), true)));

    @ParameterizedTest(name = "''{0}'' and ''{1}'': same team {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            North Assessment Team    | Assessment Team North  | true
            north  assessment team   | ASSESSMENT TEAM NORTH  | true
            ATN                      | North Assessment Team  | true
            South Assessment Team    | Assessment Team South  | true
            North Assessment Team    | Assessment Team South  | false
            MASH                     | mash                   | true
            Team Nobody Knows        | team nobody  knows     | true
            Team Nobody Knows        | MASH                   | false
            null                     | MASH                   | false
            '   '                    | '  '                   | false
            """)
    void teams_match_by_name_or_alias(String a, String b, boolean same) {
        assertThat(TEAMS.same(a, b)).isEqualTo(same);
        assertThat(TEAMS.same(b, a)).isEqualTo(same);
    }

    /** The one rule for a user's team (Users page and identity-provider sign-in alike). */
    @ParameterizedTest(name = "''{0}'' for a user whose team is ''{1}'': {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            north  ASSESSMENT team   | null                    | Assessment Team North
            ATN                      | MASH                    | Assessment Team North
            mash                     | null                    | MASH
            '  '                     | MASH                    | null
            null                     | MASH                    | null
            South Assessment Team    | South Assessment Team   | South Assessment Team
            Legacy free text         | Legacy free text        | Legacy free text
            """)
    void a_users_team_is_an_active_team_stored_by_its_name_or_the_team_they_already_have(String requested,
            String current, String stored) {
        assertThat(TEAMS.userTeam(requested, current)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Assessment Team South    | MASH
            south assessment team    | null
            Team Nobody Knows        | MASH
            """)
    void an_inactive_or_unknown_team_is_refused_naming_it(String requested, String current) {
        assertThatThrownBy(() -> TEAMS.userTeam(requested, current)).isInstanceOfSatisfying(TeamException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("team");
                    assertThat(e.getMessage()).isEqualTo("There is no team \u201c" + requested + "\u201d in this "
                            + "council: choose one from the list of teams (administrators keep it under Teams)");
                });
    }

    @ParameterizedTest(name = "''{0}'' resolves to ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            North Assessment Team | Assessment Team North
            south assessment team | Assessment Team South
            ' Team  X '           | Team X
            null                  | null
            """)
    void a_name_or_alias_resolves_to_the_teams_own_name(String text, String name) {
        assertThat(TEAMS.resolve(text)).isEqualTo(name);
    }

    @ParameterizedTest(name = "managers of ''{0}'': {1}")
    @CsvSource(delimiter = '|', textBlock = """
            North Assessment Team | manager
            Assessment Team North | manager
            MASH                  | ''
            Unknown               | ''
            """)
    void the_managers_of_a_team_are_found_through_any_of_its_names(String text, String managers) {
        assertThat(String.join(",", TEAMS.managersOf(text))).isEqualTo(managers);
    }
}
