package org.caseaudit.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.audit.FeedbackService;
import org.caseaudit.audit.SharedAudit;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Layouts;

/** A team manager's list of the finished audits the audit lead has shared with them for feedback. */
@Route("shared-audits")
@PageTitle("Audits shared with me | Case Audit Workbench")
@Menu(title = "Audits shared with me", order = 16, icon = "vaadin:comments-o")
@RolesAllowed(Roles.TEAM_MANAGER)
class SharedAuditsView extends VerticalLayout {

    SharedAuditsView(FeedbackService feedback) {
        add(new H2("Audits shared with me"));
        add(new Paragraph("Finished audits of your team's cases, shared by the audit lead. Open one to read the "
                + "findings and add your reply; replies are kept with the audit."));
        List<SharedAudit> shared = feedback.sharedWithMe();
        Grid<SharedAudit> grid = new Grid<>();
        grid.setId("shared-audits-grid");
        grid.addColumn(SharedAudit::caseReference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(SharedAudit::templateTitle).setHeader("Checklist").setFlexGrow(2);
        grid.addColumn(a -> a.overallGrade() == null ? "" : a.overallGrade()).setHeader("Overall grade")
                .setAutoWidth(true);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.sharedAt()) + " by " + a.sharedBy()).setHeader("Shared")
                .setAutoWidth(true);
        grid.addColumn(a -> a.replies() == 0 ? "None yet" : String.valueOf(a.replies())).setHeader("Replies")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button open = new Button("Read and reply", e -> getUI().ifPresent(ui -> ui.navigate(
                    AuditFeedbackView.class, AuditWorkspaceView.params(a.auditId()))));
            open.setId("shared-open-" + a.auditId());
            open.addThemeVariants(ButtonVariant.SMALL);
            return open;
        }).setKey("open").setHeader("Open").setAutoWidth(true);
        // on a phone one card per audit beside its button, which stays in reach without scrolling sideways
        Layouts.cardsOnNarrow(this, grid, "Audit", a -> List.of(a.caseReference() + " \u2014 " + a.status().label(),
                a.templateTitle(), a.overallGrade() == null ? "" : "Overall grade: " + a.overallGrade(),
                "Shared " + Formats.dateTime(a.sharedAt()) + " by " + a.sharedBy(),
                a.replies() == 0 ? "No replies yet" : a.replies() + " replies"), "open");
        grid.setItems(shared);
        grid.setAllRowsVisible(true);
        add(shared.isEmpty() ? new Paragraph("Nothing has been shared with you yet.") : grid);
    }
}
