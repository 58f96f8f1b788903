package org.caseaudit.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.reports.MultiAgencyReports;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Downloads;

/** Downloads of a multi-agency audit's board report and 7-minute briefing (PDF, no identifiers). */
@Route("reports/multi-agency")
@PageTitle("Multi-agency reports | Case Audit Workbench")
@Menu(title = "Multi-agency reports", order = 72, icon = "vaadin:file-text")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
class MultiAgencyReportsView extends VerticalLayout {

    private final MultiAgencyReports reports;
    private final HorizontalLayout links = new HorizontalLayout();

    MultiAgencyReportsView(MultiAgencyReports reports, CurrentUser currentUser) {
        this.reports = reports;
        boolean lead = currentUser.hasRole(Roles.AUDIT_LEAD);
        add(new H2("Multi-agency reports"));
        add(new Paragraph("The board report (method, the cohort described without identifiers, the panel's grades by "
                + "domain, agencies' participation and timeliness, themes and actions) and the one-page 7-minute "
                + "briefing for practitioners. Neither names or describes a child."));
        ComboBox<AuditSummary> audit = new ComboBox<>("Multi-agency audit");
        audit.setId("ma-report-audit");
        audit.setWidth("24em");
        audit.setItems(reports.reportable());
        audit.setItemLabelGenerator(a -> a.theme() + " (" + a.stage().label() + ")");
        audit.addValueChangeListener(e -> {
            links.removeAll();
            if (e.getValue() != null) {
                long id = e.getValue().id();
                links.add(Downloads.link("ma-board-report", "Board report (PDF)",
                        "multi-agency-board-report-" + id + ".pdf", Downloads.PDF, () -> reports.boardReport(id)),
                        Downloads.link("ma-briefing", "7-minute briefing (PDF)",
                                "multi-agency-7-minute-briefing-" + id + ".pdf", Downloads.PDF,
                                () -> reports.briefing(id)));
                links.add(Downloads.link("ma-board-report-html", "Board report (accessible HTML)",
                        "multi-agency-board-report-" + id + ".html", Downloads.HTML,
                        () -> reports.boardReportHtml(id)));
                if (lead) {
                    links.add(Downloads.link("ma-workbook",
                            "Workbook of returns and conclusions (Excel, names references)",
                            "multi-agency-returns-" + id + ".xlsx", Downloads.XLSX, () -> reports.workbook(id)));
                }
            }
        });
        add(audit, links);
    }
}
