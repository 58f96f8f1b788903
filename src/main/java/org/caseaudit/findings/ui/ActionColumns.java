package org.caseaudit.findings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.shared.ui.Formats;

/** The committee's columns of an action plan, shared by the action plan and "My actions". */
final class ActionColumns {

    private ActionColumns() {
    }

    static void configure(Grid<ActionItem> grid) {
        grid.addColumn(ActionItem::reference).setHeader("Ref").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActionItem::issue).setHeader("Issue identified").setFlexGrow(3);
        grid.addColumn(ActionItem::action).setHeader("Action taken by the service").setFlexGrow(3);
        grid.addColumn(ActionItem::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(a -> Formats.date(a.dueDate())).setHeader("Due date").setAutoWidth(true);
        grid.addColumn(ActionItem::statusLabel).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(ActionColumns::rag).setHeader("RAG").setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** The RAG in words, with a badge colour as a second cue only. */
    static Span rag(ActionItem a) {
        Span badge = new Span(a.ragLabel());
        badge.getElement().getThemeList().add("badge");
        switch (a.rag()) {
            case RED -> badge.getElement().getThemeList().add("error");
            case GREEN -> badge.getElement().getThemeList().add("success");
            case AMBER -> badge.getElement().getThemeList().add("warning");
        }
        return badge;
    }
}
