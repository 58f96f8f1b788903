package org.caseaudit.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.MappingProfile.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMatcherTest {

    private static final MappingProfile PROFILE = new MappingProfile(null, "p", "s", "dd/MM/yyyy", null, false, 0,
            List.of(new ColumnMapping("S47_REFERENCE", CaseField.CASE_REFERENCE),
                    new ColumnMapping("PERSON_ID", CaseField.CHILD_REFERENCE),
                    new ColumnMapping("TEAM_NAME", CaseField.TEAM),
                    new ColumnMapping("ICPC_DATE", CaseField.ICPC_DATE)), List.of());

    @ParameterizedTest
    @CsvSource({"S47 Reference,s47reference", "  team-name ,teamname", "ICPC Date (first),icpcdatefirst"})
    void headings_are_normalised_for_case_spaces_and_punctuation(String heading, String expected) {
        assertThat(HeaderMatcher.normalise(heading)).isEqualTo(expected);
    }

    @Test
    void close_headings_are_matched_and_unknown_columns_ignored() {
        HeaderMatcher.Result r = HeaderMatcher.match(PROFILE, List.of("s47 reference", "Person Id", "Team Nme",
                "ICPC Date", "Child Name"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.fieldByColumn()).containsExactly(CaseField.CASE_REFERENCE, CaseField.CHILD_REFERENCE,
                CaseField.TEAM, CaseField.ICPC_DATE, null);
        assertThat(r.matches().get(2).how()).isEqualTo("similar");
        assertThat(r.matches().get(4).how()).isEqualTo("ignored");
    }

    @Test
    void missing_or_renamed_required_column_is_reported() {
        HeaderMatcher.Result r = HeaderMatcher.match(PROFILE, List.of("S47_REFERENCE", "Worker", "ICPC_DATE"));
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).contains("missing or renamed"));
        assertThat(r.problems()).extracting(p -> p.column()).containsExactly("PERSON_ID", "TEAM_NAME");
    }

    @Test
    void a_close_spelling_never_takes_a_field_that_a_later_column_names_exactly() {
        HeaderMatcher.Result r = HeaderMatcher.match(PROFILE, List.of("S47_REFERENCE", "PERSON_ID", "TEAM_NAMES",
                "TEAM_NAME"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.fieldByColumn()).containsExactly(CaseField.CASE_REFERENCE, CaseField.CHILD_REFERENCE, null,
                CaseField.TEAM);
    }
}
