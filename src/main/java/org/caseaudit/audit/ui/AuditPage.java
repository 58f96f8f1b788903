package org.caseaudit.audit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.caseaudit.audit.AuditStateException;
import org.springframework.security.access.AccessDeniedException;

/**
 * An audit's page opened from its {@code ?id=}: shown, or refused with the reason (no id given, not the user's to
 * see, or not in a state the page serves). One rule for every page about one audit.
 */
final class AuditPage {

    static final String NO_AUDIT = "Choose an audit from your list first.";

    private AuditPage() {
    }

    static void open(BeforeEnterEvent event, LongConsumer show, Consumer<String> refuse) {
        long auditId;
        try {
            auditId = Long.parseLong(event.getLocation().getQueryParameters().getSingleParameter("id").orElse(""));
        } catch (NumberFormatException e) {
            refuse.accept(NO_AUDIT);
            return;
        }
        try {
            show.accept(auditId);
        } catch (AccessDeniedException | AuditStateException e) {
            refuse.accept(e.getMessage());
        }
    }
}
