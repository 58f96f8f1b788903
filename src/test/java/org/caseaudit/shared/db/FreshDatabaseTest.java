package org.caseaudit.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test database of a time-travel moment: the test database's name with the moment's suffix (decision 0020). */
class FreshDatabaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:mariadb://127.0.0.1:3306/caseaudit_ci          | ''                  | jdbc:mariadb://127.0.0.1:3306/caseaudit_ci
            jdbc:mariadb://127.0.0.1:3306/caseaudit_ci          | _tt_new_years_eve   | jdbc:mariadb://127.0.0.1:3306/caseaudit_ci_tt_new_years_eve
            jdbc:mariadb://db:3306/caseaudit_test?useSsl=false  | _tt_spring_forward  | jdbc:mariadb://db:3306/caseaudit_test_tt_spring_forward?useSsl=false
            """)
    void the_suffix_goes_on_the_database_name_and_nowhere_else(String url, String suffix, String expected) {
        assertThat(FreshDatabase.withSuffix(url, suffix)).isEqualTo(expected);
    }

    @Test
    void a_url_that_names_no_database_is_refused_with_its_shape() {
        assertThatThrownBy(() -> FreshDatabase.withSuffix("jdbc:mariadb://127.0.0.1:3306/", "_tt_x"))
                .hasMessageContaining("TEST_DB_URL must look like jdbc:mariadb://host:port/database");
    }
}
