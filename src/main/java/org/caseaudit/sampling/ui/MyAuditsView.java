package org.caseaudit.sampling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.sampling.MyAudit;
import org.caseaudit.sampling.MyAuditsService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;

/** The cases assigned to the signed-in auditor or moderator, soonest due first. */
@Route(value = "my-audits", layout = MainLayout.class)
@PageTitle("My audits | Case Audit Workbench")
@Menu(title = "My audits", order = 20, icon = "vaadin:tasks")
@RolesAllowed({Roles.AUDITOR, Roles.MODERATOR})
class MyAuditsView extends VerticalLayout {

    MyAuditsView(MyAuditsService service) {
        setSizeFull();
        Grid<MyAudit> grid = new Grid<>();
        grid.setId("my-audits-grid");
        grid.addColumn(a -> Formats.date(a.dueDate())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MyAudit::cycleName).setHeader("Audit cycle").setFlexGrow(2);
        grid.addColumn(MyAudit::caseReference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(MyAudit::team).setHeader("Team").setFlexGrow(1);
        grid.addColumn(a -> a.task() == MyAudit.Task.AUDIT ? "Audit" : "Moderation").setHeader("Task").setAutoWidth(true);
        grid.addColumn(a -> a.cycleStatus().label()).setHeader("Cycle status").setAutoWidth(true);
        // The workspace belongs to the audit module; a route string keeps the modules free of a cycle.
        grid.addComponentColumn(a -> {
            com.vaadin.flow.component.html.Anchor open = new com.vaadin.flow.component.html.Anchor(
                    "audit?cycle=" + a.cycleId() + "&case=" + a.caseId() + "&task=" + a.task().name(),
                    a.task() == MyAudit.Task.AUDIT ? "Open audit" : "Open moderation");
            open.setId("open-" + a.task().name().toLowerCase() + "-" + a.itemId());
            return open;
        }).setKey("open").setHeader("").setAutoWidth(true).setFlexGrow(0);
        List<MyAudit> mine = service.mine();
        grid.setItems(mine);
        Paragraph empty = new Paragraph("Nothing is assigned to you at the moment.");
        empty.setId("my-audits-empty");
        empty.setVisible(mine.isEmpty());
        add(new H2("My audits"), empty, grid);
        setFlexGrow(1, grid);
    }
}
