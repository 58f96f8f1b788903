package org.caseaudit.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.caseaudit.reports.ReportService;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;

/** Reports to download. So far: printable blank checklists for every template version. */
@Route("reports")
@PageTitle("Reports | Case Audit Workbench")
@Menu(title = "Reports", order = 70, icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class ReportsView extends VerticalLayout {

    ReportsView(ReportService reports, TemplateService templates) {
        setId("reports-view");
        setSizeFull();
        add(new H2("Printable checklists"),
                new Paragraph("A blank checklist of a template version as a PDF, for moderation meetings or to review "
                        + "the questions on paper. It holds no case data."));
        Grid<TemplateVersionSummary> grid = new Grid<>();
        grid.setId("checklists-grid");
        grid.addColumn(TemplateVersionSummary::title).setHeader("Template").setFlexGrow(1);
        grid.addColumn(TemplateVersionSummary::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(v -> {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                ReportService.ReportFile file = reports.blankChecklist(v.templateId(), v.version());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(),
                        file.content().length);
            }), "Checklist (PDF)");
            link.getElement().setAttribute("download", true);
            link.addClassName("download-link");
            link.getElement().setAttribute("aria-label", "Download the checklist of " + v.title() + " version "
                    + v.version());
            link.setId("checklist-" + v.templateId() + "-" + v.version());
            return link;
        }).setKey("download").setHeader("Download").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(templates.versions());
        grid.setSizeFull();
        add(grid);
    }
}
