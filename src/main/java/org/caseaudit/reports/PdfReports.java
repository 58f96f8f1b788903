package org.caseaudit.reports;

import jakarta.annotation.security.RolesAllowed;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF reports: the committee pack of a cycle, one case audit, and the action-plan progress report. Panel viewers
 * and independent members get only the anonymised versions (see {@link Anonymiser}). Every generation is recorded in
 * the audit trail: who, which report, anonymised or not.
 */
@Service
public class PdfReports {

    private final CommitteePackBuilder packs;
    private final CaseAuditReportBuilder caseAudits;
    private final ActionPlanProgressBuilder actionPlans;
    private final PdfRenderer renderer;
    private final HtmlTwinRenderer html;
    private final ReportPrivileges privileges;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final DeliveryGroupService groups;

    PdfReports(CommitteePackBuilder packs, CaseAuditReportBuilder caseAudits, ActionPlanProgressBuilder actionPlans,
               PdfRenderer renderer, HtmlTwinRenderer html, ReportPrivileges privileges,
               ApplicationEventPublisher trail,
               CurrentUser currentUser, DeliveryGroupService groups) {
        this.groups = groups;
        this.packs = packs;
        this.caseAudits = caseAudits;
        this.actionPlans = actionPlans;
        this.renderer = renderer;
        this.html = html;
        this.privileges = privileges;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    /** The committee pack of a cycle; identified for the audit lead and administrators only. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] committeePack(long cycleId, boolean anonymised) {
        return committeePack(cycleId, anonymised, "PDF", renderer::committeePack);
    }

    /**
     * The accessible HTML twin of the committee pack: the same data, access rule, anonymisation and audit-trail record
     * as the PDF ({@link #committeePack}).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] committeePackHtml(long cycleId, boolean anonymised) {
        return committeePack(cycleId, anonymised, "HTML", html::committeePack);
    }

    /** The committee pack of a cycle, written by {@code render}, and its trail record. */
    private byte[] committeePack(long cycleId, boolean anonymised, String format,
                                 java.util.function.Function<CommitteePack, byte[]> render) {
        requireIdentifiedAccess(anonymised);
        byte[] file = render.apply(committeePackData(cycleId, anonymised));
        trail.publishEvent(new ReportTrail.ReportGenerated("audit_cycle", String.valueOf(cycleId),
                "committee pack " + format + ", " + (anonymised ? "anonymised" : "identified")));
        return file;
    }

    /** The data of the committee pack, as printed (for tests and other renderers). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public CommitteePack committeePackData(long cycleId, boolean anonymised) {
        requireIdentifiedAccess(anonymised);
        return privileges.readAsAuditLead(() -> packs.build(cycleId, anonymised));
    }

    /** One audit for feedback to the team: its auditor (or moderator) and the audit lead. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR})
    @Transactional
    public byte[] caseAuditReport(long auditId) {
        byte[] pdf = renderer.caseAuditReport(caseAudits.build(auditId, packs.marking()));
        trail.publishEvent(new ReportTrail.ReportGenerated("case_audit", String.valueOf(auditId),
                "case audit report PDF, identified"));
        return pdf;
    }

    /** Open and recently closed actions across cycles, overdue first, with re-audit results. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] actionPlanProgress(boolean anonymised) {
        return actionPlanProgress(anonymised, null);
    }

    /** As {@link #actionPlanProgress(boolean)}, of one delivery group's actions when {@code deliveryGroupId} is set. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] actionPlanProgress(boolean anonymised, Long deliveryGroupId) {
        return actionPlanProgress(anonymised, deliveryGroupId, "PDF", renderer::actionPlanProgress);
    }

    /** The group asked for, or null for the whole plan; an unknown id is refused. */
    DeliveryGroup deliveryGroup(Long id) {
        return id == null ? null : groups.find(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no delivery group " + id));
    }

    /** The accessible HTML twin of the action-plan progress report (as {@link #actionPlanProgress}). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] actionPlanProgressHtml(boolean anonymised) {
        return actionPlanProgressHtml(anonymised, null);
    }

    /**
     * As {@link #actionPlanProgressHtml(boolean)}, of one delivery group's actions when {@code deliveryGroupId} is set.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public byte[] actionPlanProgressHtml(boolean anonymised, Long deliveryGroupId) {
        return actionPlanProgress(anonymised, deliveryGroupId, "HTML", html::actionPlanProgress);
    }

    /** The progress report of the whole plan or one group, written by {@code render}, and its trail record. */
    private byte[] actionPlanProgress(boolean anonymised, Long deliveryGroupId, String format,
                                      java.util.function.Function<ActionPlanProgress, byte[]> render) {
        requireIdentifiedAccess(anonymised);
        DeliveryGroup group = deliveryGroup(deliveryGroupId);
        ActionPlanProgress report = privileges.readAsAuditLead(() -> actionPlans.build(anonymised, packs.marking(),
                group));
        byte[] file = render.apply(report);
        trail.publishEvent(new ReportTrail.ReportGenerated("action_plan", group == null ? "all"
                : "delivery group " + group.id(),
                "action-plan progress " + format + ", " + (anonymised ? "anonymised" : "identified")
                        + (group == null ? "" : ", " + group.name())));
        return file;
    }

    /**
     * A file name named after what it covers, e.g.
     * {@code committee-pack-s47-enquiries-october-2026-anonymised-22-11-2026.pdf}.
     */
    public static String fileName(String report, String subject, boolean anonymised, java.time.LocalDate date) {
        return report + (subject == null || subject.isBlank() ? "" : "-" + subject) + (anonymised ? "-anonymised" : "")
                + "-" + Formats.date(date).replace('/', '-') + ".pdf";
    }

    /** A file name for a report about a numbered record (an audit), e.g. {@code case-audit-12-22-11-2026.pdf}. */
    public static String fileName(String report, Long id, boolean anonymised, java.time.LocalDate date) {
        return report + (id == null ? "" : "-" + id) + (anonymised ? "-anonymised" : "") + "-"
                + Formats.date(date).replace('/', '-') + ".pdf";
    }

    private void requireIdentifiedAccess(boolean anonymised) {
        if (!anonymised && !currentUser.hasRole(Roles.AUDIT_LEAD) && !currentUser.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException(
                    "Panel viewers and independent members receive the anonymised version only");
        }
    }
}
