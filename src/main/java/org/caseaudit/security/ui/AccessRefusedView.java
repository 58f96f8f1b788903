package org.caseaudit.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page whose service refused the signed-in user while it was opening: a plain refusal instead of an error trace.
 * The refusal itself is already in the audit trail (services record every refusal they make).
 */
@AnonymousAllowed
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-refused-view");
        add(new H1("You do not have access to this"),
                new Paragraph("Your role does not let you see this page or what it shows. If you need it for your "
                        + "work, ask your administrator."),
                new Anchor("", "Go to the start page"));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
