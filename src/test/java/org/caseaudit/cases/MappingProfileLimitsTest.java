package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.cases.MappingProfile.ColumnMapping;
import org.caseaudit.cases.MappingProfile.ValueTranslation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lengths and characters of what a lead types into a mapping profile are checked by the service, not the database. */
class MappingProfileLimitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "everything within limits        | ok                | ",
        "description over 400 characters | long-description  | Description is 401 characters long",
        "date format over 40 characters  | long-date-format  | Date format is longer than 40",
        "source column over 200          | long-column       | must be at most 200 characters",
        "source column with a line break | control-column    | without control characters",
        "name with a tab                 | control-name      | must not contain control characters",
        "translation source over 200     | long-translation  | the source value must be at most 200",
        "translation target over 60      | long-target       | the value it means must be at most 60",
    })
    void limits(String what, String change, String problem) {
        String name = "p";
        String description = "d";
        String dateFormat = "dd/MM/yyyy";
        List<ColumnMapping> columns = new ArrayList<>(List.of(new ColumnMapping("Ref", CaseField.CASE_REFERENCE),
                new ColumnMapping("Child", CaseField.CHILD_REFERENCE), new ColumnMapping("Team", CaseField.TEAM)));
        List<ValueTranslation> translations = new ArrayList<>(List.of(new ValueTranslation(null, "Y", "Yes")));
        switch (change) {
            case "long-description" -> description = "x".repeat(401);
            case "long-date-format" -> dateFormat = "dd/MM/yyyy" + " ".repeat(40);
            case "long-column" -> columns.add(new ColumnMapping("c".repeat(201), CaseField.SOCIAL_WORKER));
            case "control-column" -> columns.add(new ColumnMapping("Worker\nName", CaseField.SOCIAL_WORKER));
            case "control-name" -> name = "a\tb";
            case "long-translation" -> translations.add(new ValueTranslation(null, "s".repeat(201), "Yes"));
            case "long-target" -> translations.add(new ValueTranslation(null, "N", "t".repeat(61)));
            default -> { }
        }
        List<String> problems = MappingProfileService.validate(new MappingProfile(null, name, "src", dateFormat,
                description, false, 0, columns, translations));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(String.join("\n", problems)).contains(problem);
        }
    }
}
