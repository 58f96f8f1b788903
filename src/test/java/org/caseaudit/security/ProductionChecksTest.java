package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which SHOW GRANTS lines make the application's database account an owner (issue 19, production hardening). */
class ProductionChecksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GRANT ALL PRIVILEGES ON `caseaudit`.* TO `caseaudit`@`%`                                   | ALL PRIVILEGES ON `caseaudit`.*
            GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION                        | ALL PRIVILEGES ON *.*;GRANT OPTION ON *.*
            GRANT USAGE ON *.* TO `caseaudit_app`@`%` IDENTIFIED BY PASSWORD '*ABC'                    | -
            GRANT SELECT, INSERT ON `caseaudit`.`audit_event` TO `caseaudit_app`@`%`                   | -
            GRANT SELECT, INSERT, UPDATE, DELETE ON `caseaudit`.`case_record` TO `caseaudit_app`@`%`   | -
            GRANT EXECUTE ON PROCEDURE `caseaudit`.`audit_event_purge` TO `caseaudit_app`@`%`          | -
            GRANT SELECT, INSERT, UPDATE, DELETE, DROP ON `caseaudit`.* TO `caseaudit_app`@`%`         | DROP ON `caseaudit`.*
            GRANT SELECT, DELETE HISTORY ON `caseaudit`.`audit_answer` TO `caseaudit_app`@`%`          | DELETE HISTORY ON `caseaudit`.`audit_answer`
            GRANT SELECT, ALTER, TRIGGER ON `caseaudit`.`audit_event` TO `caseaudit_app`@`%`           | ALTER ON `caseaudit`.`audit_event`;TRIGGER ON `caseaudit`.`audit_event`
            GRANT SELECT, UPDATE (`detail`) ON `caseaudit`.`audit_event` TO `caseaudit_app`@`%`        | -
            """)
    void owner_privileges_are_found_in_show_grants(String grant, String expected) {
        List<String> found = ProductionChecks.ownerPrivileges(List.of(grant));
        assertThat(found).isEqualTo(expected.equals("-") ? List.of() : Arrays.asList(expected.split(";")));
    }
}
