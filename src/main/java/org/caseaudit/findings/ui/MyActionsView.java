package org.caseaudit.findings.ui;

import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanException;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Notifications;

/**
 * The signed-in user's own actions (open first), overdue ones marked, with a box for progress notes. Open to every
 * role that can own an action; someone who owns none is told so.
 */
@Route("my-actions")
@PageTitle("My actions | Case Audit Workbench")
@Menu(title = "My actions", order = 42, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class MyActionsView extends VerticalLayout {

    private final ActionPlanService plan;
    private final Grid<ActionItem> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final Paragraph empty = new Paragraph("No actions are assigned to you.");
    private final java.util.function.Consumer<Boolean> cards;

    MyActionsView(ActionPlanService plan) {
        this.plan = plan;
        setWidthFull();
        grid.setId("my-actions-grid");
        ActionColumns.configure(grid);
        Layouts.sizeToRows(grid);
        cards = Layouts.cardsOnNarrow(this, grid, "Action", a -> List.of(a.reference() + " \u2014 " + a.issue(),
                "Due " + Formats.date(a.dueDate()) + ", " + a.statusWithReason(), a.ragLabel()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.setId("my-action-details");
        details.setPadding(false);
        empty.setId("my-actions-empty");
        add(empty, grid, details);
        refresh();
    }

    /** On a phone each action is a card (reference and issue, due date and status, RAG); choose one for the rest. */
    void compact(boolean narrow) {
        cards.accept(narrow);
    }

    private void refresh() {
        List<ActionItem> mine = plan.myActions();
        grid.setItems(mine);
        empty.setVisible(mine.isEmpty());
        details.removeAll();
    }

    private void show(ActionItem a) {
        details.removeAll();
        if (a == null) {
            return;
        }
        details.add(new H3(a.reference() + " \u2014 " + a.statusLabel() + ", " + a.ragLabel()));
        if (a.open()) {
            TextArea note = new TextArea("Progress note (no case details)");
            note.setId("my-action-note");
            note.setWidthFull();
            Button add = new Button("Add note", e -> {
                try {
                    ActionItem updated = plan.addNote(a.id(), note.getValue());
                    Notifications.success("Note added to " + a.reference());
                    refresh();
                    grid.select(updated);
                } catch (ActionPlanException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            add.setId("my-action-add-note");
            details.add(note, add);
        }
        details.add(ActionDetails.of(a, Optional.empty()));
    }
}
