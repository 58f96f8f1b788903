package org.caseaudit.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.Comparison;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * An audit and its moderation side by side; the audit lead or the moderator agrees a final answer with a reason where
 * they differ, then marks the audit moderated. The auditor sees the outcome. Query parameter {@code id} (the audit).
 */
@Route("audit-moderation")
@PageTitle("Moderation | Case Audit Workbench")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class ModerationView extends VerticalLayout implements BeforeEnterObserver {

    private final ModerationService service;
    private final Div content = new Div();
    private long auditId;

    ModerationView(ModerationService service) {
        this.service = service;
        setSizeFull();
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        var id = event.getLocation().getQueryParameters().getSingleParameter("id");
        try {
            auditId = Long.parseLong(id.orElse(""));
            render(service.comparison(auditId));
        } catch (NumberFormatException e) {
            content.add(new Paragraph("Choose an audit first."));
        } catch (AccessDeniedException | AuditStateException e) {
            Paragraph refused = new Paragraph(e.getMessage());
            refused.setId("moderation-refused");
            content.add(refused);
        }
    }

    private void render(Comparison c) {
        content.removeAll();
        H2 title = new H2("Moderation of case " + c.caseReference());
        title.setId("moderation-title");
        Paragraph who = new Paragraph("Auditor " + c.auditor() + " (" + c.auditStatus().label() + "), moderator "
                + c.moderator() + " (" + c.moderationStatus().label() + "); " + (c.blind() ? "blind" : "open")
                + " moderation; " + c.disagreements() + " answer(s) differ.");
        who.setId("moderation-summary");
        content.add(title, who);

        Grid<Comparison.Row> grid = new Grid<>();
        grid.setId("comparison-grid");
        grid.addColumn(Comparison.Row::question).setHeader("Question").setFlexGrow(3);
        grid.addColumn(r -> show(r.auditorValue())).setHeader("Auditor").setAutoWidth(true);
        grid.addColumn(r -> show(r.moderatorValue())).setHeader("Moderator").setAutoWidth(true);
        grid.addColumn(r -> r.agrees() ? "Agree" : "Differ").setHeader("").setAutoWidth(true);
        grid.addColumn(r -> r.agreedReason() == null ? "" : show(r.agreedValue()) + " — " + r.agreedReason()
                + " (" + r.agreedBy() + ")").setHeader("Agreed final answer").setFlexGrow(2);
        grid.setItems(c.rows());
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(r -> r.agrees() ? null : "differs");
        content.add(grid);

        if (c.canAgree()) {
            content.add(agreeForm(c));
        }
    }

    private VerticalLayout agreeForm(Comparison c) {
        VerticalLayout form = new VerticalLayout();
        form.setId("agree-form");
        form.setPadding(false);
        form.add(new H3("Agree a final answer"));
        Select<Comparison.Row> question = new Select<>();
        question.setId("agree-question");
        question.setLabel("Question");
        question.setItemLabelGenerator(r -> (r.settled() ? "" : "[to agree] ") + r.question());
        question.setItems(c.rows().stream().filter(r -> !r.agrees()).toList());
        Select<String> value = new Select<>();
        value.setId("agree-value");
        value.setLabel("Final answer");
        TextArea reason = new TextArea("Reason");
        reason.setId("agree-reason");
        reason.setWidthFull();
        question.addValueChangeListener(e -> {
            Comparison.Row r = e.getValue();
            value.setItems(r == null ? java.util.List.of() : r.scale().options());
            if (r != null) {
                value.setValue(r.agreedReason() != null ? r.agreedValue() : r.moderatorValue());
                reason.setValue(Objects.requireNonNullElse(r.agreedReason(), ""));
            }
        });
        Button agree = new Button("Agree this answer", e -> {
            if (question.getValue() == null) {
                Notification.show("Choose the question first");
                return;
            }
            try {
                render(service.agree(auditId, question.getValue().questionId(), value.getValue(), reason.getValue()));
                Notification.show("Final answer agreed");
            } catch (AuditStateException ex) {
                Notification.show(ex.getMessage());
            }
        });
        agree.setId("agree-button");
        Button complete = new Button("Mark the audit moderated", e -> {
            try {
                service.complete(auditId);
                Notification.show("Audit marked moderated");
                render(service.comparison(auditId));
            } catch (AuditStateException ex) {
                Notification.show(ex.getMessage());
            }
        });
        complete.setId("complete-moderation");
        complete.addThemeVariants(ButtonVariant.PRIMARY);
        complete.setEnabled(c.canComplete());
        form.add(question, value, reason, new HorizontalLayout(agree, complete));
        return form;
    }

    private static String show(String value) {
        return value == null ? "—" : value;
    }
}
