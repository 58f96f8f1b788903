package org.caseaudit.reports;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CyclePeriod;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery of cycle reports: builds them in the background (with the caller's identity), records every download,
 * lists and serves the files the scheduled job kept, and holds the audit lead's schedule setting. Panel viewers and
 * independent members are refused the full (identifying) variant here, before anything is built, and see only
 * anonymised stored files.
 */
@Service
public class ReportDeliveryService {

    static final String READERS_NOTE = "ADMIN, AUDIT_LEAD, INDEPENDENT_MEMBER, PANEL_VIEWER";

    private final ReportBuilder builder;
    private final AuditService audits;
    private final WorkbookService workbooks;
    private final ReportStore store;
    private final AuditCycleService cycles;
    private final ReportIdentity identity;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Executor executor;
    private final String cron;
    private final Duration retention;
    private final DeliveryGroupService groups;

    private final SelfEvaluationReports selfEvaluations;
    private final CurrentCouncil currentCouncil;

    ReportDeliveryService(ReportBuilder builder, AuditService audits, WorkbookService workbooks, ReportStore store,
            AuditCycleService cycles,
                          ReportIdentity identity, ApplicationEventPublisher trail,
                          CurrentUser currentUser, Clock clock,
                          @Qualifier("reportExecutor") Executor executor,
                          @Value("${caseaudit.reports.schedule.cron:" + ScheduledCommitteePack.DEFAULT_CRON
                                  + "}") String cron,
                          @Value("${caseaudit.reports.retention:90d}") Duration retention,
                          DeliveryGroupService groups, SelfEvaluationReports selfEvaluations,
                          CurrentCouncil currentCouncil) {
        this.currentCouncil = currentCouncil;
        this.selfEvaluations = selfEvaluations;
        this.groups = groups;
        this.builder = builder;
        this.audits = audits;
        this.workbooks = workbooks;
        this.store = store;
        this.cycles = cycles;
        this.identity = identity;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.executor = executor;
        this.cron = cron;
        this.retention = retention;
    }

    /** The cycles to choose from (name and period only), newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public List<CyclePeriod> cycles() {
        return identity.read(cycles::periods);
    }

    /** The periods of the self-evaluation pack (12 months ending each recent month), latest first. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public List<SelfEvaluationReports.Period> selfEvaluationPeriods() {
        return selfEvaluations.periods();
    }

    /** Whether the caller may have full (identifying) reports. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public boolean mayIdentify() {
        return identity.mayIdentify();
    }

    /**
     * Starts building a report in the background with the caller's identity; refuses at once (and records) a full
     * variant asked for by anyone but audit leads and administrators.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public RunningReport start(ReportKind kind, Long id, ReportVariant variant) {
        return start(kind, id, null, variant);
    }

    /**
     * As {@link #start(ReportKind, Long, ReportVariant)}; the action-plan workbook and progress report are limited to
     * one delivery group's actions when {@code deliveryGroupId} is set.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public RunningReport start(ReportKind kind, Long id, Long deliveryGroupId, ReportVariant variant) {
        workbooks.checkVariant(variant, kind.label(), id);
        String name = id == null ? "all cycles" : kind.scope() == ReportKind.Scope.AUDIT ? "audit " + id
                : kind.scope() == ReportKind.Scope.PERIOD ? SelfEvaluationBuilder.periodName(
                        SelfEvaluationBuilder.endMonth(id)) : cycles().stream().filter(c -> c.id() == id).map(
                        CyclePeriod::name).findFirst().orElse("cycle " + id);
        Long group = kind.groupScoped() ? deliveryGroupId : null;
        if (group != null) {
            name = name + " \u00b7 " + groups.find(group).map(DeliveryGroup::name)
                    .orElseThrow(() -> new IllegalArgumentException("There is no delivery group " + group));
        }
        RunningReport job = new RunningReport(kind, id, name, variant);
        // the worker thread has no request to find the council in: it runs in the caller's (decision 0013)
        long council = currentCouncil.id();
        Runnable task = () -> CouncilScope.run(council, () -> {
            try {
                job.at("Starting", 0.05);
                job.result().complete(builder.build(kind, id, group, variant, job));
            } catch (RuntimeException | Error e) {
                job.at("Failed", 1);
                job.result().completeExceptionally(e);
            }
        });
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        return job;
    }

    /** The delivery groups that own actions, to limit the action-plan reports to one. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    public List<DeliveryGroup> deliveryGroups() {
        return groups.list();
    }

    /** The audits of a cycle, for the case audit report (audit leads and administrators). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public List<AuditSummary> audits(long cycleId) {
        return audits.cycleAudits(cycleId).stream().filter(a -> a.kind() == AuditKind.AUDIT).toList();
    }

    /** Records that a built report was handed to the caller's browser. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional
    public void recordDownload(RunningReport report, ReportService.ReportFile file) {
        if (report.variant() == ReportVariant.IDENTIFIED && !identity.mayIdentify()) {
            throw new AccessDeniedException("Only audit leads and administrators may have full reports");
        }
        trail.publishEvent(new ReportTrail.ReportDownloaded(report.kind()
                .scope() == ReportKind.Scope.AUDIT ? "case_audit"
                        : report.kind().scope() == ReportKind.Scope.PERIOD ? SelfEvaluationReports.TARGET
                        : WorkbookService.TARGET, report.subjectId() == null ? "all" : String.valueOf(
                        report.subjectId()),
                report.kind().label() + ", " + report.variant().name().toLowerCase(Locale.ROOT) + ": " + file.fileName()
                        + " (" + file.content().length + " bytes)"));
    }

    /**
     * Files kept by the scheduled job, newest first: all of them for audit leads and administrators, else anonymised
     * only.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<StoredReport> storedReports() {
        return store.list(!identity.mayIdentify());
    }

    /** One kept file, recorded as downloaded; a full one is refused to anyone but audit leads and administrators. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.INDEPENDENT_MEMBER, Roles.PANEL_VIEWER})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ReportService.ReportFile downloadStored(long id) {
        StoredReport stored = store.find(id).orElseThrow(() -> new IllegalArgumentException(
                "That report file is no longer kept"));
        if (stored.variant() == ReportVariant.IDENTIFIED && !identity.mayIdentify()) {
            trail.publishEvent(new ReportTrail.ReportRefused("report_file", String.valueOf(id),
                    "stored full report " + stored.fileName()));
            throw new AccessDeniedException("Only audit leads and administrators may have full reports");
        }
        ReportService.ReportFile file = store.content(id).orElseThrow();
        trail.publishEvent(new ReportTrail.ReportDownloaded("report_file", String.valueOf(id),
                stored.kind().label() + ", "
                + stored.variant().name().toLowerCase(Locale.ROOT) + ", cycle " + stored.cycleId() + ": "
                + stored.fileName() + " (stored " + stored.createdAt() + ", SHA-256 " + stored.sha256() + ")"));
        return file;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public ScheduleSettings schedule() {
        ReportStore.Schedule s = store.schedule();
        return new ScheduleSettings(s.enabled(), s.identified(), s.anonymised(), s.version(), s.updatedBy(),
                s.updatedAt(), cron, retention.toDays(), nextRun(cron, clock));
    }

    /** The audit lead turns the scheduled pack on or off and chooses its variants. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public ScheduleSettings saveSchedule(boolean enabled, boolean identified, boolean anonymised,
            long expectedVersion) {
        if (enabled && !identified && !anonymised) {
            throw new IllegalArgumentException("Choose at least one version to build: full or anonymised");
        }
        String who = currentUser.usernameOrSystem();
        if (!store.saveSchedule(enabled, identified, anonymised, expectedVersion, who, clock.instant())) {
            throw new ObjectOptimisticLockingFailureException("report_schedule", 1);
        }
        trail.publishEvent(new ReportTrail.ScheduleChanged(enabled, identified, anonymised, cron));
        return schedule();
    }

    static Instant nextRun(String cron, Clock clock) {
        var next = CronExpression.parse(cron).next(clock.instant().atZone(clock.getZone()));
        return next == null ? null : next.toInstant();
    }
}
