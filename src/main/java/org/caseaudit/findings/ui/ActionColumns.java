package org.caseaudit.findings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.shared.ui.Formats;

/** The committee's columns of an action plan, shared by the action plan and "My actions". */
final class ActionColumns {

    /** Keys of the columns a phone leaves out (the chosen row's details show them). */
    static final java.util.Set<String> SECONDARY = java.util.Set.of("action", "owner");

    private ActionColumns() {
    }

    /** Omitted from the panel's view, as from the anonymised reports. */
    static final String ACTION_OMITTED = "[free text shown in the full version only]";

    static void configure(Grid<ActionItem> grid) {
        configure(grid, false);
    }

    /**
     * {@code panel}: the scrutiny panel's view, under the disclosure-control policy as the anonymised pack: the
     * issue as its theme, no free text, owners by role only.
     */
    static void configure(Grid<ActionItem> grid, boolean panel) {
        grid.addColumn(ActionItem::reference).setHeader("Ref").setAutoWidth(true).setFlexGrow(0);
        // the two texts take the width; the owner wraps (an auto width would size it to its longest name and squeeze
        // the texts into a narrow column)
        grid.addColumn(panel ? ActionItem::themeIssue : ActionItem::issue).setHeader("Issue identified")
                .setWidth("9em").setFlexGrow(3);
        grid.addColumn(panel ? a -> ACTION_OMITTED : ActionItem::action).setHeader("Action taken by the service")
                .setKey("action").setWidth("12em").setFlexGrow(3);
        grid.addColumn(panel ? ActionItem::ownerRole : ActionItem::owner).setHeader("Owner").setKey("owner")
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(a -> Formats.date(a.dueDate())).setHeader("Due date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActionItem::statusWithReason).setHeader("Status").setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(ActionColumns::rag).setHeader("RAG").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** The RAG in words, with a colour as a second cue only (styles.css). */
    static Span rag(ActionItem a) {
        Span badge = new Span(a.ragLabel());
        badge.addClassNames("rag", "rag-" + a.rag().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
