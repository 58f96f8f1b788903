package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.cases.MappingProfile.ColumnMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingProfileValidationTest {

    private static List<ColumnMapping> required() {
        return new ArrayList<>(List.of(new ColumnMapping("Ref", CaseField.CASE_REFERENCE),
                new ColumnMapping("Child", CaseField.CHILD_REFERENCE), new ColumnMapping("Team", CaseField.TEAM)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "valid profile                    | p   | src | dd/MM/yyyy   | -            | ",
        "excel serial dates are valid     | p   | src | EXCEL_SERIAL | -            | ",
        "blank name                       | ' ' | src | dd/MM/yyyy   | -            | Name is required",
        "blank source                     | p   | ' ' | dd/MM/yyyy   | -            | Source system is required",
        "bad date pattern                 | p   | src | dd/MM/bbbb   | -            | not a valid pattern",
        "required field not mapped        | p   | src | dd/MM/yyyy   | drop-team    | Required field team",
        "one field filled by two columns  | p   | src | dd/MM/yyyy   | double-team  | filled by both",
        "one column mapped twice          | p   | src | dd/MM/yyyy   | double-ref   | mapped twice",
        "two strategy discussion columns  | p   | src | dd/MM/yyyy   | two-sd       | ",
    })
    void profile_rules(String what, String name, String source, String format, String change, String problem) {
        List<ColumnMapping> columns = required();
        switch (change) {
            case "drop-team" -> columns.remove(2);
            case "double-team" -> columns.add(new ColumnMapping("Team 2", CaseField.TEAM));
            case "double-ref" -> columns.add(new ColumnMapping("ref", CaseField.SOCIAL_WORKER));
            case "two-sd" -> {
                columns.add(new ColumnMapping("SD1", CaseField.STRATEGY_DISCUSSION_DATES));
                columns.add(new ColumnMapping("SD2", CaseField.STRATEGY_DISCUSSION_DATES));
            }
            default -> { }
        }
        List<String> problems = MappingProfileService.validate(new MappingProfile(null, name, source, format, null,
                false, 0, columns, List.of()));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).anySatisfy(p -> assertThat(p).contains(problem));
        }
    }
}
