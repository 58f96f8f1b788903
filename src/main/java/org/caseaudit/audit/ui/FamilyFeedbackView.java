package org.caseaudit.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.FamilyFeedbackInput;
import org.caseaudit.audit.FamilyFeedbackService;
import org.caseaudit.audit.FeedbackAnswer;
import org.caseaudit.audit.FeedbackLinkState;

/**
 * The family's feedback form behind a link (no sign-in). It shows nothing about the case or the audit, not even
 * whose case it is: three short questions and a comment box. An unknown, expired or used link gets one kind message
 * (so links cannot be probed); too many attempts from one address, a "try later". Vaadin's own CSRF token protects the
 * submission; the service rate-limits and trails every attempt.
 */
@Route(value = FamilyFeedbackService.ROUTE, autoLayout = false)
@PageTitle("Tell us what you think")
@AnonymousAllowed
class FamilyFeedbackView extends Main implements HasUrlParameter<String> {

    static final String UNAVAILABLE = "Sorry, this link cannot be used. It may have been used already, or it may have"
            + " expired. If you would still like to tell us what you think, please ask the person who sent it for a new"
            + " one. Thank you.";
    static final String TRY_LATER = "Sorry, we cannot take your answers just now. Please try again in a few minutes.";
    static final String THANKS = "Thank you. Your answers have been sent. You can close this page now.";

    private final FamilyFeedbackService service;
    private String token;

    FamilyFeedbackView(FamilyFeedbackService service) {
        this.service = service;
        setId("family-feedback");
        getStyle().set("max-width", "40em").set("margin", "0 auto").set("padding", "var(--lumo-space-m)");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        token = parameter;
        removeAll();
        add(new H1("Tell us what you think"));
        FeedbackLinkState state = service.check(token, address());
        if (state == FeedbackLinkState.OPEN) {
            form();
        } else {
            message(state);
        }
    }

    private void message(FeedbackLinkState state) {
        Paragraph p = new Paragraph(state == FeedbackLinkState.TOO_MANY_ATTEMPTS ? TRY_LATER
                : state == FeedbackLinkState.ACCEPTED ? THANKS : UNAVAILABLE);
        p.setId("family-feedback-message");
        add(p);
    }

    private RadioButtonGroup<FeedbackAnswer> question(String label, String id) {
        RadioButtonGroup<FeedbackAnswer> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.setItems(FeedbackAnswer.values());
        group.setItemLabelGenerator(FeedbackAnswer::label);
        group.setRequired(true);
        return group;
    }

    private void form() {
        add(new Paragraph("We would like to know how it felt to work with us. Your answers help us improve. They are"
                + " read by the people who check the quality of our work. It takes about two minutes."));
        var listened = question("Did you feel listened to?", "family-feedback-listened");
        var understood = question("Did you understand what was happening and why?", "family-feedback-understood");
        var difference = question("Are things better now because of our work with you?", "family-feedback-difference");
        TextArea comments = new TextArea("Anything else you would like to tell us? (optional)");
        comments.setId("family-feedback-comments");
        comments.setMaxLength(FamilyFeedbackService.COMMENTS.maxLength());
        comments.setWidthFull();
        Paragraph problems = new Paragraph();
        problems.setId("family-feedback-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button("Send my answers", e -> {
            try {
                FeedbackLinkState state = service.submit(token, new FamilyFeedbackInput(listened.getValue(),
                        understood.getValue(), difference.getValue(), comments.getValue()), address());
                removeAll();
                add(new H1("Tell us what you think"));
                message(state);
            } catch (AuditStateException ex) {
                problems.setText("Please answer every question before sending. (" + ex.getMessage() + ")");
                listened.setInvalid(listened.getValue() == null);
                understood.setInvalid(understood.getValue() == null);
                difference.setInvalid(difference.getValue() == null);
            }
        });
        send.setId("family-feedback-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        add(listened, understood, difference, comments, problems, send);
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }
}
