package org.caseaudit.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.MappingProfile.ColumnMapping;
import org.caseaudit.cases.MappingProfile.ValueTranslation;
import org.caseaudit.cases.S47Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final List<String> HEADINGS = List.of("ref", "child", "team", "start", "end", "flag", "outcome", "n", "sd");

    private static RowMapper mapper(String dateFormat, ValueTranslation... translations) {
        MappingProfile profile = new MappingProfile(null, "t", "test", dateFormat, null, false, 0,
                List.of(new ColumnMapping("ref", CaseField.CASE_REFERENCE), new ColumnMapping("child", CaseField.CHILD_REFERENCE),
                        new ColumnMapping("team", CaseField.TEAM), new ColumnMapping("start", CaseField.S47_START_DATE),
                        new ColumnMapping("end", CaseField.S47_END_DATE), new ColumnMapping("flag", CaseField.CONSENT_SOUGHT),
                        new ColumnMapping("outcome", CaseField.S47_OUTCOME), new ColumnMapping("n", CaseField.CHILDREN_IN_HOUSEHOLD),
                        new ColumnMapping("sd", CaseField.STRATEGY_DISCUSSION_DATES)),
                Arrays.asList(translations));
        HeaderMatcher.Result m = HeaderMatcher.match(profile, HEADINGS);
        return new RowMapper(profile, HEADINGS, m.fieldByColumn(), TODAY);
    }

    private static RowMapper.Mapped row(RowMapper mapper, String start) {
        return mapper.map(2, new ArrayList<>(List.of("R1", "C1", "Team A", start, "", "", "", "", "")));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        "dd/MM/yyyy  | 14/03/2024       | 2024-03-14",
        "dd/MM/yyyy  | 14/03/2024 00:00 | 2024-03-14",
        "dd/MM/yyyy  | 2024-03-14       | 2024-03-14",
        "yyyy-MM-dd  | 2024-03-14       | 2024-03-14",
        "dd-MMM-yyyy | 14-Mar-2024      | 2024-03-14",
        "dd-MMM-yyyy | 14-MAR-2024      | 2024-03-14",
        "EXCEL_SERIAL| 45365            | 2024-03-14",
        "EXCEL_SERIAL| 45365.0          | 2024-03-14",
        "yyyy-MM-dd  | 14/03/2024       | 2024-03-14",
        "yyyy-MM-dd  | 4/3/2024         | 2024-03-04",
        "dd-MMM-yyyy | 14/03/2024       | 2024-03-14",
    })
    void date_is_parsed_in_the_profile_format_the_uk_form_as_the_application_shows_it_or_iso(String format, String input, LocalDate expected) {
        RowMapper.Mapped m = row(mapper(format), input);
        assertThat(m.problems()).isEmpty();
        assertThat(m.data().s47StartDate()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "dd/MM/yyyy  | 31/02/2024 | not a date",
        "dd/MM/yyyy  | 03/14/2024 | not a date",
        "dd/MM/yyyy  | tomorrow   | not a date",
        "yyyy-MM-dd  | 31/02/2024 | not a date",
        "MM/dd/yyyy  | 14/03/2024 | not a date",
        "EXCEL_SERIAL| abc        | not a date",
        "dd/MM/yyyy  | 01/01/2030 | in the future",
        "dd/MM/yyyy  | 01/01/1901 | before 1990",
    })
    void bad_date_is_a_problem_naming_row_and_column(String format, String input, String message) {
        RowMapper.Mapped m = row(mapper(format), input);
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("start");
            assertThat(p.field()).isEqualTo("s47_start_date");
            assertThat(p.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "yyyy-MM-dd   | 2024-13-01 | '2024-13-01' is not a date: write it like 31/03/2026 or 2026-03-31",
        "dd/MM/yyyy   | 32/01/2024 | '32/01/2024' is not a date: write it like 31/03/2026 or 2026-03-31",
        "dd-MMM-yyyy  | 32-Jan-2024| '32-Jan-2024' is not a date: write it like 31/03/2026, 31-Mar-2026 or 2026-03-31",
        "MM/dd/yyyy   | 13/13/2024 | '13/13/2024' is not a date: write it like 03/31/2026 or 2026-03-31",
        "EXCEL_SERIAL | abc        | 'abc' is not a date: write it like 31/03/2026, an Excel date number such as 46112 or 2026-03-31",
    })
    void a_bad_date_is_explained_with_plain_examples_never_a_pattern(String format, String input, String message) {
        assertThat(row(mapper(format), input).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(message).doesNotContain("yyyy").doesNotContain("MM"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("outcomeWordsShown")
    void every_word_the_application_shows_for_an_outcome_imports_as_that_outcome(String shown, S47Outcome expected) {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(2, List.of("R1", "C1", "T", "", "", "", shown, "", ""));
        assertThat(m.problems()).isEmpty();
        assertThat(m.data().s47Outcome()).isEqualTo(expected);
    }

    /** The label the register shows, the code an export writes, and the words of the ICPC explanation. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> outcomeWordsShown() {
        java.util.stream.Stream.Builder<org.junit.jupiter.params.provider.Arguments> b = java.util.stream.Stream.builder();
        for (S47Outcome o : S47Outcome.values()) {
            b.add(org.junit.jupiter.params.provider.Arguments.of(o.label(), o));
            b.add(org.junit.jupiter.params.provider.Arguments.of(o.name(), o));
            b.add(org.junit.jupiter.params.provider.Arguments.of(o.label().toUpperCase(java.util.Locale.ROOT), o));
            // the calendar's explanation writes e.g. "S47 outcome child in need: no ICPC needed"
            b.add(org.junit.jupiter.params.provider.Arguments.of(
                    o.forTimescales().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), o));
        }
        b.add(org.junit.jupiter.params.provider.Arguments.of("Child in need", S47Outcome.CHILD_IN_NEED));
        return b.build();
    }

    @Test
    void an_unknown_outcome_names_the_labels_to_use() {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(2, List.of("R1", "C1", "T", "", "", "", "Closed", "", ""));
        assertThat(m.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "'Closed' is not an S47 outcome: use Initial child protection conference, Child in need plan,"
                        + " No further action, Other (or ICPC, CHILD_IN_NEED, NFA, OTHER), or add a value translation"
                        + " to the profile"));
    }

    @ParameterizedTest
    @CsvSource({"Y,true", "yes,true", "1,true", "TRUE,true", "N,false", "No,false", "0,false", "false,false"})
    void yes_no_values_are_understood(String input, boolean expected) {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(2, List.of("R1", "C1", "T", "", "", input, "", "", ""));
        assertThat(m.problems()).isEmpty();
        assertThat(m.data().consentSought()).isEqualTo(expected);
    }

    @Test
    void unknown_yes_no_value_and_bad_number_are_problems() {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(5, List.of("R1", "C1", "T", "", "", "maybe", "", "2.5", ""));
        assertThat(m.problems()).extracting(ImportProblem::column).containsExactly("flag", "n");
        assertThat(m.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(5));
    }

    @Test
    void value_translations_map_export_words_to_outcomes() {
        RowMapper mapper = mapper("yyyy-MM-dd", new ValueTranslation(CaseField.S47_OUTCOME, "Convene ICPC", "ICPC"),
                new ValueTranslation(null, "Not recorded", ""));
        RowMapper.Mapped m = mapper.map(2, List.of("R1", "C1", "T", "", "", "not recorded", "convene icpc", "", ""));
        assertThat(m.problems()).isEmpty();
        assertThat(m.data().s47Outcome()).isEqualTo(S47Outcome.ICPC);
        assertThat(m.data().consentSought()).isNull();
    }

    @Test
    void end_date_before_start_date_is_a_problem_on_the_end_column() {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(3, List.of("R1", "C1", "T", "2024-03-14", "2024-03-10", "", "", "", ""));
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("end");
            assertThat(p.message()).contains("10/03/2024 is before").contains("14/03/2024");
        });
    }

    @Test
    void missing_required_value_is_a_problem() {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(4, List.of("R1", "", "T", "", "", "", "", "", ""));
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("child_reference");
            assertThat(p.message()).contains("required");
        });
    }

    @Test
    void ragged_row_is_a_problem() {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(7, List.of("R1", "C1", "T"));
        assertThat(m.data()).isNull();
        assertThat(m.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("ragged"));
    }

    @Test
    void formula_looking_text_is_kept_verbatim_as_text() {
        RowMapper.Mapped m = mapper("yyyy-MM-dd").map(2, List.of("R1", "=HYPERLINK(\"http://x\",\"y\")", "+Team", "",
                "", "", "", "", ""));
        assertThat(m.problems()).isEmpty();
        assertThat(m.data().childReference()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(m.data().team()).isEqualTo("+Team");
    }

    @Test
    void several_strategy_discussion_dates_in_one_cell_are_sorted() {
        RowMapper.Mapped m = mapper("dd/MM/yyyy").map(2, List.of("R1", "C1", "T", "", "", "", "", "",
                "20/03/2024; 14/03/2024"));
        assertThat(m.problems()).isEmpty();
        assertThat(m.data().strategyDiscussionDates()).containsExactly(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 20));
    }
}
