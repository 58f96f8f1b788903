package org.caseaudit.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Work done as the schema owner after every Flyway run (a Spring bean; Spring Boot hands Flyway every
 * {@link Callback} bean): grants, settings the runtime account may only read. A failure stops the start with a
 * message that says what to do.
 */
public abstract class AfterMigrateCallback implements Callback {

    private final String name;

    protected AfterMigrateCallback(String name) {
        this.name = name;
    }

    /** Runs on the owner's connection, inside Flyway's transaction. */
    protected abstract void afterMigrate(Connection connection) throws SQLException;

    /** The start-up failure's words for {@code e}: what could not be done and what to do about it. */
    protected abstract String failure(SQLException e);

    @Override
    public final boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public final boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public final String getCallbackName() {
        return name;
    }

    @Override
    public final void handle(Event event, Context context) {
        try {
            afterMigrate(context.getConnection());
        } catch (SQLException e) {
            throw new FlywayException(failure(e), e);
        }
    }
}
