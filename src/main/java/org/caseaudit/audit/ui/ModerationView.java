package org.caseaudit.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.Comparison;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;

/**
 * An audit and its moderation side by side, as a moderator works through it: the differences first (or only), both
 * answers with both evidence notes, the whole question, and where the answers differ the final answer agreed in place
 * with its reason; a count of the differences left, then the audit is marked moderated. The auditor sees the outcome.
 * Query parameter {@code id} (the audit).
 */
@Route("audit-moderation")
@PageTitle("Moderation | Case Audit Workbench")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class ModerationView extends VerticalLayout implements BeforeEnterObserver {

    private final ModerationService service;
    private final Div content = new Div();
    private final Checkbox differencesOnly = new Checkbox("Differences only");
    private long auditId;
    private Comparison comparison;
    private boolean filterChosen;

    ModerationView(ModerationService service) {
        this.service = service;
        setSizeFull();
        content.setWidthFull();
        add(content);
        differencesOnly.setId("differences-only");
        differencesOnly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filterChosen = true;
            }
            render(comparison);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        AuditPage.open(event, id -> {
            auditId = id;
            filterChosen = false;
            show(service.comparison(id));
        }, message -> {
            Paragraph refused = new Paragraph(message);
            refused.setId("moderation-refused");
            content.add(refused);
        });
    }

    /** Shows a comparison; until the user chooses, the list shows only the differences while any are left. */
    private void show(Comparison c) {
        comparison = c;
        if (!filterChosen) {
            differencesOnly.setValue(c.bothSubmitted() && c.differencesLeft() > 0); // renders through the listener
        }
        render(c);
    }

    private void render(Comparison c) {
        comparison = c;
        if (c == null) {
            return;
        }
        content.removeAll();
        H2 title = new H2("Moderation of case " + c.caseReference());
        title.setId("moderation-title");
        Paragraph who = new Paragraph("Auditor: " + c.auditor() + " (audit " + c.auditStatus().label().toLowerCase()
                + ") · Moderator: " + c.moderator() + " (moderation " + c.moderationStatus().label().toLowerCase()
                + ") · " + (c.blind() ? "blind" : "open") + " moderation");
        who.setId("moderation-summary");
        content.add(title, who);

        if (!c.bothSubmitted()) {
            Paragraph state = new Paragraph(state(c));
            state.setId("moderation-state");
            state.getStyle().set("font-weight", "600");
            content.add(state);
        } else {
            Paragraph left = new Paragraph(differencesText(c));
            left.setId("differences-left");
            left.getStyle().set("font-weight", "600");
            content.add(left);
            if (c.disagreements() > 0) {
                content.add(differencesOnly);
            }
        }
        content.add(table(c));
        if (c.canAgree()) {
            Button complete = new Button("Mark the audit moderated", e -> complete());
            complete.setId("complete-moderation");
            complete.addThemeVariants(ButtonVariant.PRIMARY);
            complete.setEnabled(c.canComplete());
            Span why = new Span(c.canComplete() ? "" : "Agree a final answer for every difference first.");
            why.setId("complete-moderation-hint");
            HorizontalLayout bar = new HorizontalLayout(complete, why);
            bar.setAlignItems(Alignment.BASELINE);
            bar.getStyle().set("flex-wrap", "wrap").set("margin-top", "1em");
            content.add(bar);
        }
    }

    /** Where the audit and its moderation stand when they cannot be compared yet, in plain words. */
    private static String state(Comparison c) {
        String due = c.dueDate() == null ? "" : "; due " + Formats.date(c.dueDate());
        List<String> parts = new ArrayList<>();
        parts.add(stage("audit", c.auditor(), c.auditStatus(), due));
        parts.add(stage("moderation", c.moderator(), c.moderationStatus(), due));
        return String.join(" ", parts) + " The answers are compared once both are submitted.";
    }

    private static String stage(String what, String who, AuditStatus status, String due) {
        return switch (status) {
            case NOT_STARTED -> "The " + what + " is not started by " + who + " yet" + due + ".";
            case IN_PROGRESS -> "The " + what + " is in progress with " + who + due + ".";
            default -> "The " + what + " is " + status.label().toLowerCase() + ".";
        };
    }

    private static String differencesText(Comparison c) {
        long differences = c.disagreements();
        long left = c.differencesLeft();
        if (differences == 0) {
            return "No differences: the moderator gave the same answers as the auditor.";
        }
        String of = " of " + c.rows().size() + " answers differ";
        if (left == 0) {
            return differences + of + "; every difference has an agreed final answer.";
        }
        return differences + of + "; " + left + " difference" + (left == 1 ? "" : "s") + " left to agree.";
    }

    private NativeTable table(Comparison c) {
        NativeTable table = new NativeTable();
        table.setId("comparison-table");
        table.addClassName("moderation-table");
        table.getStyle().set("width", "100%").set("border-collapse", "collapse");
        NativeTableRow head = new NativeTableRow();
        head.add(header("Question"), header("Auditor's answer (" + c.auditor() + ")"),
                header("Moderator's answer (" + c.moderator() + ")"), header("Agree or differ"),
                header("Final answer"));
        table.getHead().add(head);
        NativeTableBody body = table.getBody();
        // differences first, each group in checklist order
        List<Comparison.Row> rows = new ArrayList<>(c.rows());
        rows.sort(Comparator.comparing(Comparison.Row::agrees));
        boolean compared = c.bothSubmitted();
        for (Comparison.Row r : rows) {
            if (differencesOnly.getValue() && compared && r.agrees()) {
                continue;
            }
            body.add(row(c, r, compared));
        }
        return table;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(text);
        th.getElement().setAttribute("scope", "col");
        return th;
    }

    private NativeTableRow row(Comparison c, Comparison.Row r, boolean compared) {
        NativeTableRow tr = new NativeTableRow();
        tr.setId("row-" + r.questionId());
        boolean differs = compared && !r.agrees();
        tr.addClassNames(differs ? "differs" : "agrees");
        if (differs && r.settled()) {
            tr.addClassName("settled");
        }

        Div question = new Div();
        Span section = new Span(r.section());
        section.addClassName("moderation-section");
        Div text = new Div(r.question());
        text.setId("question-" + r.questionId());
        text.addClassName("moderation-question");
        question.add(section, text);
        tr.add(cell("Question", question));
        tr.add(cell("Auditor's answer", answer(r.auditorValue(), r.auditorNote(), "auditor-" + r.questionId())));
        tr.add(cell("Moderator's answer", answer(r.moderatorValue(), r.moderatorNote(),
                "moderator-" + r.questionId())));
        Span agreement = new Span(!compared ? "Not compared yet" : r.agrees() ? "Agree"
                : r.settled() ? "Differ; agreed" : "Differ");
        agreement.setId("agreement-" + r.questionId());
        agreement.addClassName(differs ? "moderation-differ" : "moderation-agree");
        tr.add(cell("Agree or differ", agreement));
        tr.add(cell("Final answer", finalAnswer(c, r, compared)));
        return tr;
    }

    private static NativeTableCell cell(String label, Component content) {
        NativeTableCell td = new NativeTableCell(content);
        // shown before the value when the table is stacked on a narrow screen
        td.getElement().setAttribute("data-label", label);
        return td;
    }

    private static Div answer(String value, String note, String id) {
        Div box = new Div();
        box.setId(id);
        Span v = new Span(value == null ? "No answer" : value);
        v.getStyle().set("font-weight", "600");
        box.add(v);
        if (note != null && !note.isBlank()) {
            Div n = new Div("Note: " + note);
            n.addClassName("moderation-note");
            box.add(n);
        }
        return box;
    }

    private Component finalAnswer(Comparison c, Comparison.Row r, boolean compared) {
        Div box = new Div();
        box.setId("final-" + r.questionId());
        if (!compared) {
            return box;
        }
        if (r.agrees()) {
            box.add(new Span(show(r.auditorValue())));
            return box;
        }
        if (r.agreedReason() != null) {
            Div agreed = new Div(show(r.agreedValue()) + ": " + r.agreedReason() + " (" + r.agreedBy() + ")");
            agreed.setId("agreed-" + r.questionId());
            box.add(agreed);
        }
        if (c.canAgree()) {
            box.add(agreeForm(r));
        }
        return box;
    }

    /** The final answer and its reason, agreed in the row itself. */
    @SuppressWarnings("unchecked")
    private Component agreeForm(Comparison.Row r) {
        HasValue<?, String> value;
        String current = r.agreedReason() != null ? r.agreedValue() : r.moderatorValue();
        if (r.scale().options().isEmpty()) {
            TextField field = new TextField("Final answer");
            field.setValue(Objects.requireNonNullElse(current, ""));
            value = field;
        } else {
            Select<String> select = new Select<>();
            select.setLabel("Final answer");
            select.setItems(r.scale().options());
            select.setValue(current);
            value = select;
        }
        Component valueField = (Component) value;
        valueField.setId("agree-value-" + r.questionId());
        TextField reason = new TextField("Reason");
        reason.setId("agree-reason-" + r.questionId());
        reason.setWidthFull();
        reason.setValue(Objects.requireNonNullElse(r.agreedReason(), ""));
        Button agree = new Button(r.agreedReason() == null ? "Agree" : "Change", e -> {
            try {
                comparison = service.agree(auditId, r.questionId(), value.getValue(), reason.getValue());
                Notifications.success("Final answer agreed");
                render(comparison);
            } catch (AuditStateException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        agree.setId("agree-" + r.questionId());
        agree.getElement().setAttribute("aria-label", "Agree the final answer to this question");
        Div form = new Div(valueField, reason, agree);
        form.addClassName("moderation-agree-form");
        return form;
    }

    private void complete() {
        try {
            service.complete(auditId);
            Notifications.success("Audit marked moderated");
            render(service.comparison(auditId));
        } catch (AuditStateException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private static String show(String value) {
        return value == null ? "No answer" : value;
    }
}
