package org.caseaudit.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.reports.MultiAgencyReports;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;

/** Downloads of a multi-agency audit's board report and 7-minute briefing (PDF, no identifiers). */
@Route("reports/multi-agency")
@PageTitle("Multi-agency reports | Case Audit Workbench")
@Menu(title = "Multi-agency reports", order = 72, icon = "vaadin:file-text")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
class MultiAgencyReportsView extends VerticalLayout {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
                links.add(link("ma-board-report", "Board report (PDF)", "multi-agency-board-report-" + id + ".pdf",
                        PDF, x -> reports.boardReport(id)), link("ma-briefing", "7-minute briefing (PDF)",
                        "multi-agency-7-minute-briefing-" + id + ".pdf", PDF, x -> reports.briefing(id)));
                links.add(link("ma-board-report-html", "Board report (accessible HTML)",
                        "multi-agency-board-report-" + id + ".html", "text/html;charset=UTF-8",
                        x -> reports.boardReportHtml(id)));
                if (lead) {
                    links.add(link("ma-workbook", "Workbook of returns and conclusions (Excel, names references)",
                            "multi-agency-returns-" + id + ".xlsx", XLSX, x -> reports.workbook(id)));
                }
            }
        });
        add(audit, links);
    }

    private static Anchor link(String id, String text, String fileName, String type, LongFunction<byte[]> file) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = file.apply(0);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), text);
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
