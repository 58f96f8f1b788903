package org.caseaudit.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * English (UK) locale for every UI (dd/MM/yyyy in date pickers), and one error handler: the user gets a calm
 * message with a reference, the log gets the details under the same reference; no stack trace reaches the browser.
 */
@Component
class UiInitialisation implements VaadinServiceInitListener {

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

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
