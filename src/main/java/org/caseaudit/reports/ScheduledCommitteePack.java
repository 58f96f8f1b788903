package org.caseaudit.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.shared.council.CouncilScope;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled committee pack: at the configured time ({@code caseaudit.reports.schedule.cron}, Europe/London),
 * deletes kept files whose time is up, then, when the audit lead has turned the schedule on, builds the pack of the
 * last complete cycle (latest period end) in the chosen variants: committee pack PDF, action-plan workbook and
 * results workbook, and the committee pack's accessible HTML twin. Each file is kept in the database for {@code
 * caseaudit.reports.retention}. Runs as
 * {@code scheduler}; every file stored, skipped or purged is in the audit trail.
 */
@Component
class ScheduledCommitteePack {

    static final String DEFAULT_CRON = "0 0 6 * * MON";
    static final List<ReportKind> PACK = List.of(ReportKind.COMMITTEE_PACK, ReportKind.COMMITTEE_PACK_HTML,
            ReportKind.ACTION_PLAN_WORKBOOK,
            ReportKind.RESULTS_WORKBOOK);

    private static final Logger log = LoggerFactory.getLogger(ScheduledCommitteePack.class);

    /** What a run did. */
    record Outcome(int purged, Long cycleId, List<Long> stored, List<String> problems, String skipped) {
    }

    private final ReportBuilder builder;
    private final ReportStore store;
    private final AuditCycleService cycles;
    private final ApplicationEventPublisher trail;
    private final Clock clock;
    private final Duration retention;

    @Autowired
    ScheduledCommitteePack(ReportBuilder builder, ReportStore store, AuditCycleService cycles,
            ApplicationEventPublisher trail,
                           Clock clock, @Value("${caseaudit.reports.retention:90d}") Duration retention) {
        this.builder = builder;
        this.store = store;
        this.cycles = cycles;
        this.trail = trail;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${caseaudit.reports.schedule.cron:" + DEFAULT_CRON + "}",
            zone = "${caseaudit.zone:Europe/London}")
    @SchedulerLock(name = "scheduled-committee-pack", lockAtLeastFor = "PT1M")
    public void scheduled() {
        // each council's pack from its own schedule, cycles and files (decision 0012)
        for (long councilId : store.activeCouncils()) {
            Outcome outcome = CouncilScope.call(councilId, this::run);
            log.info("Scheduled committee pack, council {}: {} stored, {} purged, {} problem(s){}", councilId,
                    outcome.stored().size(), outcome.purged(), outcome.problems().size(),
                    outcome.skipped() == null ? "" : "; " + outcome.skipped());
        }
    }

    Outcome run() {
        return ReportIdentity.as(ReportIdentity.SCHEDULER, this::runAsScheduler);
    }

    private Outcome runAsScheduler() {
        Instant now = clock.instant();
        int purged = store.purge(now);
        if (purged > 0) {
            trail.publishEvent(new ReportTrail.FilesPurged(purged, retention.toDays()));
        }
        ReportStore.Schedule schedule = store.schedule();
        if (!schedule.enabled()) {
            return new Outcome(purged, null, List.of(), List.of(), "the schedule is off");
        }
        Optional<CyclePeriod> last = lastComplete(cycles.periods());
        if (last.isEmpty()) {
            trail.publishEvent(new ReportTrail.ScheduledSkipped("no complete audit cycle yet"));
            return new Outcome(purged, null, List.of(), List.of(), "no complete audit cycle yet");
        }
        CyclePeriod cycle = last.get();
        List<ReportVariant> variants = new ArrayList<>();
        if (schedule.identified()) {
            variants.add(ReportVariant.IDENTIFIED);
        }
        if (schedule.anonymised()) {
            variants.add(ReportVariant.ANONYMISED);
        }
        List<Long> stored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Instant expires = now.plus(retention);
        for (ReportVariant variant : variants) {
            for (ReportKind kind : PACK) {
                try {
                    ReportService.ReportFile file = builder.build(kind, cycle.id(), variant, ReportProgress.NONE);
                    long id = store.store(kind, cycle.id(), cycle.name(), variant, file, ReportIdentity.SCHEDULER, now,
                            expires);
                    stored.add(id);
                    trail.publishEvent(new ReportTrail.ScheduledStored(id, kind.label() + ", "
                            + variant.name().toLowerCase(Locale.ROOT) + ", cycle " + cycle.id() + " (" + cycle.name()
                            + "): " + file.fileName() + ", kept until " + expires));
                } catch (RuntimeException e) {
                    String problem = kind.label() + " (" + variant.name().toLowerCase(Locale.ROOT) + "): "
                            + e.getMessage();
                    problems.add(problem);
                    trail.publishEvent(new ReportTrail.ScheduledFailed(cycle.id(), problem));
                    log.warn("Scheduled report failed: {}", problem);
                }
            }
        }
        return new Outcome(purged, cycle.id(), stored, problems, null);
    }

    /** The complete cycle whose period ended last (then the highest id). */
    static Optional<CyclePeriod> lastComplete(List<CyclePeriod> all) {
        return all.stream().filter(c -> c.status() == CycleStatus.COMPLETE && c.periodEnd() != null)
                .max(Comparator.comparing(CyclePeriod::periodEnd).thenComparingLong(CyclePeriod::id));
    }
}
