package org.caseaudit.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user sees when a page fails while opening: plain words and a reference, never an exception or a stack trace
 * (Vaadin's own error page shows the trace in development mode). The log gets the details under the same reference.
 */
@AnonymousAllowed
public class PlainErrorView extends InternalServerError {

    private static final Logger log = LoggerFactory.getLogger(PlainErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Page '{}' failed to open, reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        getElement().removeAllChildren();
        getElement().setAttribute("id", "error-view");
        getElement().appendChild(new H1("This page could not be opened").getElement(),
                new Paragraph("Something went wrong on our side and nothing was changed. Please try again; if it "
                        + "happens again, tell your administrator the reference " + reference + ".").getElement(),
                new Anchor("", "Go to the start page").getElement());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
