package org.caseaudit.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;

/** The signed-in user's assigned audits and moderations: case, due date, status and progress. */
@Route("my-audits")
@PageTitle("My audits | Case Audit Workbench")
@Menu(title = "My audits", order = 10, icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class MyAuditsView extends VerticalLayout {

    MyAuditsView(AuditService service) {
        setSizeFull();
        List<AuditSummary> audits = service.myAudits();
        Grid<AuditSummary> grid = new Grid<>();
        grid.setId("my-audits-grid");
        grid.addColumn(AuditSummary::caseReference).setHeader("Case").setAutoWidth(true).setSortable(true);
        grid.addColumn(a -> a.kind().label()).setHeader("Task").setAutoWidth(true);
        grid.addColumn(AuditSummary::templateTitle).setHeader("Checklist").setFlexGrow(1);
        grid.addColumn(a -> a.dueDate() == null ? "" : Formats.date(a.dueDate())).setHeader("Due")
                .setComparator(AuditSummary::dueDate).setSortable(true).setAutoWidth(true);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.answered() + " of " + a.questions()).setHeader("Progress").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button open = new Button(a.status().name().equals("NOT_STARTED") ? "Start" : "Open",
                    e -> getUI().ifPresent(ui -> ui.navigate(AuditWorkspaceView.class, AuditWorkspaceView.params(a.id()))));
            open.setId("open-audit-" + a.id());
            open.addThemeVariants(ButtonVariant.SMALL);
            open.getElement().setAttribute("aria-label", "Open the audit of case " + a.caseReference());
            return open;
        }).setHeader("").setAutoWidth(true);
        grid.setItems(audits);
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AuditWorkspaceView.class,
                AuditWorkspaceView.params(e.getItem().id()))));
        if (audits.isEmpty()) {
            Paragraph none = new Paragraph("No audits are assigned to you.");
            none.setId("no-audits");
            add(none);
        }
        add(grid);
    }
}
