package org.caseaudit.reports;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.caseaudit.multiagency.AuditSummary;
import org.caseaudit.multiagency.BoardReport;
import org.caseaudit.multiagency.MultiAgencyService;
import java.time.Clock;
import org.caseaudit.multiagency.ReturnsWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A multi-agency audit's board report and one-page 7-minute briefing as PDFs (no identifiers, see
 * {@link BoardReport}). Every generation is written to the audit trail.
 */
@Service
public class MultiAgencyReports {

    static final String REPORT = "multi-agency-document";

    private final MultiAgencyService audits;
    private final PdfRenderer renderer;
    private final ApplicationEventPublisher trail;
    private final HtmlTwinRenderer html;
    private final CurrentUser currentUser;
    private final Clock clock;

    MultiAgencyReports(MultiAgencyService audits, PdfRenderer renderer, HtmlTwinRenderer html,
            ApplicationEventPublisher trail,
            CurrentUser currentUser, Clock clock) {
        this.html = html;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audits = audits;
        this.renderer = renderer;
        this.trail = trail;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<AuditSummary> reportable() {
        return audits.reportable();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] boardReport(long auditId) {
        BoardReport report = audits.boardReport(auditId);
        byte[] pdf = render(report.title(), boardSubtitle(report), report.marking(),
                MultiAgencyDocuments.boardReport(report));
        generated(auditId, "board report PDF");
        return pdf;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] briefing(long auditId) {
        BoardReport report = audits.boardReport(auditId);
        byte[] pdf = render("7-minute briefing: " + report.theme(), "Learning from the multi-agency case audit · "
                + "for practitioners in every agency", report.marking(), MultiAgencyDocuments.briefing(report));
        generated(auditId, "7-minute briefing PDF");
        return pdf;
    }

    /** The board report as an accessible HTML document (the PDF's twin: same rows, no identifiers; trailed). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] boardReportHtml(long auditId) {
        BoardReport report = audits.boardReport(auditId);
        byte[] page = html.multiAgencyDocument(report.title(), boardSubtitle(report), report.marking(),
                MultiAgencyDocuments.boardReport(report));
        generated(auditId, "board report HTML");
        return page;
    }

    /** The lead's workbook of returns and panel conclusions (names the children's references; trailed). */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public byte[] workbook(long auditId) {
        ReturnsWorkbook data = audits.workbook(auditId);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        MultiAgencyWorkbook.write(data, currentUser.usernameOrSystem(),
                Formats.dateTime(clock.instant()), out);
        generated(auditId, "returns workbook (xlsx)");
        return out.toByteArray();
    }

    /** The board report's subtitle, the same on the PDF and its HTML twin. */
    private static String boardSubtitle(BoardReport report) {
        return "Report to the safeguarding partnership board · " + report.generated();
    }

    private void generated(long auditId, String what) {
        trail.publishEvent(new ReportTrail.ReportGenerated("multi-agency-audit", String.valueOf(auditId), what));
    }

    private byte[] render(String title, String subtitle, String marking, List<MultiAgencyDocuments.Row> rows) {
        return renderer.render(REPORT, Map.of("TITLE", title, "SUBTITLE", subtitle, "MARKING", marking),
                RecordDataSource.of(rows), title);
    }
}
