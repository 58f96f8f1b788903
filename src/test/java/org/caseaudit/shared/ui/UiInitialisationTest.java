package org.caseaudit.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class UiInitialisationTest {

    static Stream<Arguments> failures() {
        SQLTransientConnectionException poolTimeout =
                new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms");
        return Stream.of(
                Arguments.of("resource failure", new DataAccessResourceFailureException("down"), true),
                Arguments.of("no JDBC connection (a resource failure)", new CannotGetJdbcConnectionException(
                "down"), true),
                Arguments.of("transaction could not start", new CannotCreateTransactionException("no connection",
                poolTimeout), true),
                Arguments.of("pool timeout deep in the cause chain",
                        new IllegalStateException("view", new RuntimeException("service", poolTimeout)), true),
                Arguments.of("driver could not connect", new JpaSystemException(new RuntimeException(
                        new SQLNonTransientConnectionException("Socket fail to connect to host", "08000",
                        new ConnectException()))), true),
                Arguments.of("connection-class SQLState", new RuntimeException(new SQLException("link failure",
                "08S01")), true),
                Arguments.of("a bug", new NullPointerException(), false),
                Arguments.of("a constraint violation", new DataIntegrityViolationException("duplicate key",
                        new SQLException("Duplicate entry", "23000")), false),
                Arguments.of("a concurrent edit", new OptimisticLockingFailureException("stale"), false),
                Arguments.of("access denied", new AccessDeniedException("no"), false));
    }

    @ParameterizedTest(name = "{0}: database unreachable = {2}")
    @MethodSource("failures")
    void database_unreachable_is_told_apart_from_other_failures(String what, Throwable failure, boolean unreachable) {
        assertThat(UiInitialisation.isDatabaseUnreachable(failure)).isEqualTo(unreachable);
    }

    @org.junit.jupiter.api.Test
    void a_cause_chain_with_a_cycle_is_not_followed_for_ever() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(UiInitialisation.isDatabaseUnreachable(second)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void the_message_says_nothing_was_saved_and_to_try_again() {
        assertThat(UiInitialisation.DATABASE_UNREACHABLE)
                .isEqualTo("The database cannot be reached just now. Nothing was saved; please try again in a minute.");
    }
}
