package org.caseaudit.reports;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.caseaudit.audit.CycleResults;
import org.caseaudit.audit.CycleResultsService;
import org.caseaudit.findings.CycleCompliance;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.findings.DisclosedFigures;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.sampling.SampleService;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel workbooks. Panel viewers and independent members get the anonymised variant only: asking for the full one
 * is refused here (and recorded as denied), whatever the screen offers. Every generation is in the audit trail with
 * who, what, which cycle and which variant.
 */
@Service
public class WorkbookService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TARGET = "audit_cycle";

    private final CycleResultsService results;
    private final SampleService samples;
    private final FindingsService findings;
    private final AuditCycleService cycles;
    private final ActionPlanSource actionPlans;
    private final Anonymiser anonymiser;
    private final ReportIdentity identity;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String marking;
    private final DisclosureSettings settings;
    private final DeliveryGroupService groups;

    WorkbookService(CycleResultsService results, SampleService samples, FindingsService findings,
                    AuditCycleService cycles, ActionPlanSource actionPlans, Anonymiser anonymiser,
                    ReportIdentity identity, ApplicationEventPublisher trail, CurrentUser currentUser, Clock clock,
                    DisclosureSettings settings, DeliveryGroupService groups,
                    @Value("${caseaudit.reports.marking:" + ResultsWorkbook.MARKING + "}") String marking) {
        this.settings = settings;
        this.groups = groups;
        this.results = results;
        this.samples = samples;
        this.findings = findings;
        this.cycles = cycles;
        this.actionPlans = actionPlans;
        this.anonymiser = anonymiser;
        this.identity = identity;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.marking = marking;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile resultsWorkbook(long cycleId, ReportVariant variant) {
        return resultsWorkbook(cycleId, variant, ReportProgress.NONE);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile resultsWorkbook(long cycleId, ReportVariant variant, ReportProgress progress) {
        checkVariant(variant, "results workbook", cycleId);
        progress.at("Reading the answers, compliance and sample record", 0.1);
        ResultsWorkbook data = identity.read(() -> {
            CyclePeriod cycle = cycle(cycleId);
            CycleResults answers = results.results(cycleId);
            CycleCompliance compliance = findings.compliance(cycleId);
            ResultsWorkbook.Context context = new ResultsWorkbook.Context(cycleId, cycle.name(), cycle.periodStart(),
                    cycle.periodEnd(), cycle.templateId(), cycle.templateVersion(), variant.anonymised(), marking,
                    currentUser.usernameOrSystem(), clock.instant());
            DisclosedFigures figures = DisclosedFigures.builder(variant.anonymised() ? settings.policy()
                    : new DisclosureControl(0)).cycle(compliance, List.of(), true).build();
            return ResultsWorkbook.build(context, answers, samples.sample(cycleId),
                    compliance.questions().stream().map(WorkbookService::complianceInput).toList(), anonymiser,
                    figures);
        });
        progress.at("Writing the workbook (" + data.answers().size() + " answers)", 0.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWorkbookRenderer.write(data, out);
        byte[] content = out.toByteArray();
        trail.publishEvent(new ReportTrail.ReportGenerated(TARGET, String.valueOf(cycleId),
                "results workbook (xlsx), "
                + variant.name().toLowerCase(Locale.ROOT) + ", " + data.answers().size() + " answer rows, "
                + content.length + " bytes"));
        progress.at("Ready", 1.0);
        return new ReportService.ReportFile(fileName("results", data.cycleName(), variant), XLSX, content);
    }

    /** The action plan: one cycle's actions, or every open and recently closed action when {@code cycleId} is null. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile actionPlanWorkbook(Long cycleId, ReportVariant variant) {
        return actionPlanWorkbook(cycleId, variant, ReportProgress.NONE);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile actionPlanWorkbook(Long cycleId, ReportVariant variant, ReportProgress progress) {
        return actionPlanWorkbook(cycleId, null, variant, progress);
    }

    /**
     * The action plan of one cycle (or all cycles when {@code cycleId} is null), only the actions owned by one
     * delivery group when {@code deliveryGroupId} is set; the file name and title name the group.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile actionPlanWorkbook(Long cycleId, Long deliveryGroupId, ReportVariant variant,
            ReportProgress progress) {
        checkVariant(variant, "action plan workbook", cycleId);
        progress.at("Reading the action plan", 0.1);
        DeliveryGroup group = deliveryGroupId == null ? null : groups.find(deliveryGroupId)
                .orElseThrow(() -> new IllegalArgumentException("There is no delivery group " + deliveryGroupId));
        ActionPlanWorkbook data = identity.read(() -> {
            String scope = (cycleId == null ? "all open and recently closed actions" : cycle(cycleId).name())
                    + (group == null ? "" : " \u00b7 " + group.name());
            return ActionPlanWorkbook.build(scope, actionPlans.actions(cycleId, deliveryGroupId),
                    actionPlans.statuses(),
                    variant.anonymised() ? settings.policy() : null, marking, currentUser.usernameOrSystem(),
                    clock.instant());
        });
        progress.at("Writing the workbook (" + data.items().size() + " actions)", 0.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.write(out);
        byte[] content = out.toByteArray();
        trail.publishEvent(new ReportTrail.ReportGenerated(TARGET, cycleId == null ? "all" : String.valueOf(cycleId),
                "action plan workbook (xlsx), " + variant.name().toLowerCase(Locale.ROOT) + ", "
                        + (group == null ? "" : "delivery group " + group.name() + ", ")
                        + data.items().size() + " actions, " + content.length + " bytes"));
        progress.at("Ready", 1.0);
        String subject = cycleId == null ? "all-cycles" : cycleName(cycleId);
        return new ReportService.ReportFile(fileName("action-plan", subject + (group == null ? "" : " "
                + group.name()), variant), XLSX, content);
    }

    /** Refuses (and records) a full report for anyone but audit leads and administrators. */
    void checkVariant(ReportVariant variant, String what, Long cycleId) {
        if (variant == ReportVariant.IDENTIFIED && !identity.mayIdentify()) {
            trail.publishEvent(new ReportTrail.ReportRefused(TARGET, cycleId == null ? "all" : String.valueOf(cycleId),
                    what + ": full (identifying) version asked for"));
            throw new AccessDeniedException("Only audit leads and administrators may have the full " + what
                    + "; the anonymised version is available");
        }
    }

    /** A cycle's name for file names (read with the caller's identity as any report read). */
    String cycleName(long cycleId) {
        return identity.read(() -> cycle(cycleId).name());
    }

    /** A file name's part from a name: "S47 enquiries October 2026" becomes "s47-enquiries-october-2026". */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private CyclePeriod cycle(long cycleId) {
        // audits may belong to a cycle the sampling module does not hold (created directly): named by number
        return cycles.periods().stream().filter(c -> c.id() == cycleId).findFirst()
                .orElseGet(() -> new CyclePeriod(cycleId, "Cycle " + cycleId, null, null, null, null, null));
    }

    static ResultsWorkbook.ComplianceInput complianceInput(QuestionCompliance q) {
        return new ResultsWorkbook.ComplianceInput(q.questionId(), q.question(), q.keyMeasure(), q.audited(),
                q.compliant(), q.partly(), q.nonCompliant(), q.notApplicable(),
                q.interval() == null ? null : q.interval().lower(), q.interval() == null ? null : q.interval().upper(),
                q.smallSample());
    }

    static String fileName(String kind, String cycleName, ReportVariant variant) {
        String slug = cycleName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100);
        }
        return kind + (slug.isEmpty() ? "" : "-" + slug) + variant.fileSuffix() + ".xlsx";
    }
}
