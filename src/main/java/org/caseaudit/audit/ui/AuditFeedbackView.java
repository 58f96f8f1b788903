package org.caseaudit.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.caseaudit.audit.AuditFeedback;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * A finished audit as fed back to the team: findings first, then every answer (with what moderation changed and why),
 * the overall grade, and the replies. The team manager it is shared with adds a reply here.
 */
@Route("audit-feedback")
@PageTitle("Audit feedback | Case Audit Workbench")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.MODERATOR, Roles.AUDIT_LEAD, Roles.ADMIN})
class AuditFeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private final FeedbackService service;
    private long auditId;

    AuditFeedbackView(FeedbackService service) {
        this.service = service;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AuditPage.open(event, id -> {
            auditId = id;
            render(service.feedback(id));
        }, this::refused);
    }

    private void refused(String message) {
        Paragraph p = new Paragraph(message);
        p.setId("feedback-refused");
        add(new H2("Audit feedback"), p);
    }

    private void render(AuditFeedback f) {
        removeAll();
        add(new H2("Audit feedback: case " + f.caseReference()));
        Paragraph summary = new Paragraph(f.templateTitle() + ". Audited by " + f.auditor() + "; " + f.status().label()
                .toLowerCase() + ". " + f.findings() + " finding(s) in " + f.items().size() + " questions.");
        summary.setId("feedback-summary");
        add(summary);
        for (AuditFeedback.Share s : f.shares()) {
            add(new Paragraph("Shared with " + s.teamManager() + " by " + s.sharedBy() + " on "
                    + Formats.dateTime(s.sharedAt()) + (s.message() == null ? "" : ": \u201c"
                    + s.message() + "\u201d")));
        }
        add(new H3("Overall grade"));
        Div grade = new Div();
        grade.setId("feedback-grade");
        grade.add(new Paragraph(f.overallGrade() == null ? "Not given" : f.overallGrade()));
        if (f.gradeRationale() != null) {
            grade.add(new Paragraph("Rationale: " + f.gradeRationale()));
        }
        if (f.strengths() != null) {
            grade.add(new Paragraph("Strengths: " + f.strengths()));
        }
        add(grade);

        add(new H3("Findings"));
        Grid<AuditFeedback.Item> findings = items("feedback-findings");
        findings.setItems(f.items().stream().filter(AuditFeedback.Item::finding).toList());
        add(f.findings() == 0 ? new Paragraph("No findings: every compliance question was met or not applicable.")
                : findings);
        add(new H3("All answers"));
        Grid<AuditFeedback.Item> all = items("feedback-answers");
        all.setItems(f.items());
        add(all);

        add(new H3("Replies"));
        VerticalLayout replies = new VerticalLayout();
        replies.setId("feedback-replies");
        replies.setPadding(false);
        if (f.replies().isEmpty()) {
            replies.add(new Paragraph("No replies yet."));
        }
        for (AuditFeedback.Reply r : f.replies()) {
            replies.add(reply(r));
        }
        add(replies);
        if (f.mayReply()) {
            TextArea text = new TextArea("Your reply (kept with the audit; it cannot be changed once sent)");
            text.setId("feedback-reply-text");
            text.setWidthFull();
            text.setMaxLength(FeedbackService.REPLY.maxLength());
            Button send = new Button("Send reply", e -> {
                try {
                    service.reply(auditId, text.getValue());
                    Notifications.success("Reply added");
                    render(service.feedback(auditId));
                } catch (AuditStateException | AccessDeniedException ex) {
                    text.setInvalid(true);
                    text.setErrorMessage(ex.getMessage());
                }
            });
            send.setId("feedback-reply-send");
            send.addThemeVariants(ButtonVariant.PRIMARY);
            add(text, send);
        }
    }

    private static Grid<AuditFeedback.Item> items(String id) {
        Grid<AuditFeedback.Item> g = new Grid<>();
        g.setId(id);
        g.addColumn(AuditFeedback.Item::section).setHeader("Section").setAutoWidth(true);
        g.addColumn(AuditFeedback.Item::question).setHeader("Question").setFlexGrow(3);
        g.addColumn(i -> i.answer() == null ? "Not answered" : i.answer()).setHeader("Answer").setAutoWidth(true);
        g.addColumn(i -> i.evidenceNote() == null ? "" : i.evidenceNote()).setHeader("Auditor's note").setFlexGrow(2);
        g.addColumn(i -> i.changedByModeration() ? "Auditor answered " + i.auditorAnswer() + "; agreed: "
                + i.agreedReason() : "").setHeader("Moderation").setFlexGrow(2);
        g.setAllRowsVisible(true);
        // questions and notes are read here, not scanned: wrap them instead of cutting them off
        g.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return g;
    }

    private static Component reply(AuditFeedback.Reply r) {
        Div d = new Div();
        d.addClassName("feedback-reply");
        d.add(new Span(r.author() + ", " + Formats.dateTime(r.writtenAt()) + ": "), new Span(r.text()));
        return d;
    }
}
