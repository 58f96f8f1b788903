package org.caseaudit.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * English (UK) locale for every UI (dd/MM/yyyy in date pickers), and one error handler: the user gets a calm
 * message with a reference, the log gets the details under the same reference; no stack trace reaches the browser.
 * When the database is unreachable the user is told so (and that nothing was saved) rather than shown a reference.
 */
@Component
class UiInitialisation implements VaadinServiceInitListener {

    static final String DATABASE_UNREACHABLE =
            "The database cannot be reached just now. Nothing was saved; please try again in a minute.";
    private static final Logger log = LoggerFactory.getLogger(UiInitialisation.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Formats.LOCALE));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            String message;
            if (rootCause(cause) instanceof AccessDeniedException) {
                message = "You do not have permission to do that.";
                log.warn("Access denied: {}", rootCause(cause).getMessage());
            } else if (isDatabaseUnreachable(cause)) {
                message = DATABASE_UNREACHABLE;
                log.error("Database unreachable: {}", rootCause(cause).toString());
            } else {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                message = "Something went wrong and nothing was saved. Please try again; if it happens again, "
                        + "tell your administrator the reference " + reference + ".";
                log.error("Unexpected error, reference {}", reference, cause);
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    /**
     * The database is down or unreachable (as opposed to a bug): Spring's resource-failure and transaction-start
     * exceptions, or anywhere in the cause chain a JDBC connection failure (SQLState class 08, which covers
     * {@link SQLTransientConnectionException} from the pool and the driver's connection errors).
     */
    static boolean isDatabaseUnreachable(Throwable throwable) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = throwable; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
