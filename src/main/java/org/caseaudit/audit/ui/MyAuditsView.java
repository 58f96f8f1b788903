package org.caseaudit.audit.ui;

import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.MyWork;
import org.caseaudit.audit.MyWorkService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;

/**
 * The signed-in user's audits and moderations: what is still to do first (soonest due first), with each audit's
 * status and progress; "All" adds what is done. Independent members see their qualitative audits, with no team.
 */
@Route(value = "my-audits", layout = MainLayout.class)
@PageTitle("My audits | Case Audit Workbench")
@Menu(title = "My audits", order = 20, icon = "vaadin:tasks")
@RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class MyAuditsView extends VerticalLayout {

    static final String TO_DO = "To do";
    static final String ALL = "All, with finished";

    private final Grid<MyWork> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final List<MyWork> mine;
    private final java.util.function.Consumer<Boolean> cards;

    MyAuditsView(MyWorkService service) {
        setWidthFull();
        mine = service.mine();
        boolean anyTeam = mine.stream().anyMatch(w -> w.team() != null);
        grid.setId("my-audits-grid");
        // the link carries cycle, case and task, so it works before the audit exists and survives a bookmark
        grid.addComponentColumn(w -> {
            Anchor open = new Anchor("audit?cycle=" + w.cycleId() + "&case=" + w.caseId() + "&task=" + w.task().name(),
                    w.task() == AuditKind.AUDIT ? "Open audit" : "Open moderation");
            open.setId("open-" + w.task().name().toLowerCase() + "-" + w.cycleId() + "-" + w.caseId());
            open.getElement().setAttribute("aria-label", (w.task() == AuditKind.AUDIT ? "Open the audit of case "
                    : "Open the moderation of case ") + w.caseReference());
            return open;
        }).setKey("open").setHeader("Open").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> Formats.date(w.dueDate())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MyWork::cycleName).setHeader("Audit cycle").setKey("cycle").setWidth("8em").setFlexGrow(2);
        grid.addColumn(MyWork::caseReference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(w -> w.team() == null ? "" : w.team()).setHeader("Team").setKey("team").setFlexGrow(1)
                .setVisible(anyTeam);
        grid.addColumn(w -> w.task().label()).setHeader("Task").setKey("task").setAutoWidth(true);
        grid.addColumn(MyWork::statusLabel).setHeader("Status").setAutoWidth(true);
        grid.addColumn(MyWork::progressLabel).setHeader("Answered").setKey("answered").setAutoWidth(true);
        // the link last: in the first column the grid's own focusable first cell lies round it, which axe's target-size
        // rule (WCAG 2.5.8) refuses; on a phone the other columns become one card column, so it stays near
        List<Grid.Column<MyWork>> order = new java.util.ArrayList<>(grid.getColumns());
        order.add(order.removeFirst());
        grid.setColumnOrder(order);

        RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");
        show.setId("my-audits-show");
        show.setItems(TO_DO, ALL);
        show.setValue(TO_DO);
        show.addValueChangeListener(e -> show(e.getValue()));
        empty.setId("my-audits-empty");
        add(new H2("My audits"), show, empty, grid);
        Layouts.sizeToRows(grid);
        cards = Layouts.cardsOnNarrow(this, grid, "Audit", w -> List.of(w.caseReference() + " \u2014 "
                + w.statusLabel(),
                "Due " + Formats.date(w.dueDate()), w.cycleName(), w.team() == null ? "" : w.team(),
                w.task().label() + ", " + w.progressLabel()), "open");
        show(TO_DO);
    }

    /**
     * On a phone each row is a card (case and status, due date, cycle, team, task and progress) beside its open link,
     * so the link is in reach without scrolling sideways; the columns come back on a wider window.
     */
    void compact(boolean narrow) {
        cards.accept(narrow);
    }

    private void show(String which) {
        List<MyWork> rows = TO_DO.equals(which) ? mine.stream().filter(MyWork::toDo).toList() : mine;
        grid.setItems(rows);
        empty.setText(mine.isEmpty() ? "Nothing is assigned to you at the moment."
                : "Nothing left to do: choose \u201c" + ALL + "\u201d to see your finished audits.");
        empty.setVisible(rows.isEmpty());
    }
}
