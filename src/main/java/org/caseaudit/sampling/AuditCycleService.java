package org.caseaudit.sampling;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.caseaudit.shared.PlainText;
import org.caseaudit.sampling.internal.AuditCycleEntity;
import org.caseaudit.sampling.internal.AuditCycleRepository;
import org.caseaudit.sampling.internal.SampleRecordEntity;
import org.caseaudit.sampling.internal.SampleRecordRepository;
import org.caseaudit.sampling.internal.SampleStore;
import org.caseaudit.sampling.internal.SamplingJson;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.TemplateService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Audit cycles: audit leads (and administrators) create, change and move them on. Every change is audit-trailed. */
@Service
public class AuditCycleService {

    /** A cycle's name: one line of at most 200 characters (the column's width). */
    public static final PlainText.Rule NAME = PlainText.Rule.singleLine("The name", 200);

    private final AuditCycleRepository cycles;
    private final SampleRecordRepository samples;
    private final SampleStore store;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TemplateService templates;

    AuditCycleService(AuditCycleRepository cycles, SampleRecordRepository samples, SampleStore store,
                      ApplicationEventPublisher auditTrail, CurrentUser currentUser, Clock clock,
                      TemplateService templates) {
        this.cycles = cycles;
        this.samples = samples;
        this.store = store;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.templates = templates;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<CycleSummary> list() {
        return cycles.findAllByOrderByPeriodStartDescNameAsc().stream().map(this::summary).toList();
    }

    /** Every cycle's name, checklist and period, newest period first; no frame, so panel viewers may read it. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<CyclePeriod> periods() {
        return cycles.findAllByOrderByPeriodStartDescNameAsc().stream()
                .map(c -> new CyclePeriod(c.getId(), c.getName(), c.getTemplateId(), c.getTemplateVersion(),
                        c.getPeriodStart(), c.getPeriodEnd(), c.getStatus()))
                .toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public CycleSummary get(long id) {
        return summary(load(id));
    }

    /** Whether the current council has a cycle with this id (another council's cycle is not found, decision 0012). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return cycles.existsById(id);
    }

    /**
     * What a new cycle starts from: the latest cycle's settings for the period after it ({@link NextCycle}), with
     * the newest version of its checklist; last calendar month when there is no cycle yet.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public CycleDetails suggestNext() {
        CycleDetails next = NextCycle.suggest(list(), java.time.LocalDate.now(clock));
        if (next.templateId() == null) {
            return next;
        }
        Integer newest = templates.versions().stream().filter(t -> t.templateId().equals(next.templateId()))
                .map(t -> t.version()).max(Integer::compare).orElse(next.templateVersion());
        return new CycleDetails(next.name(), next.templateId(), newest, next.dueDate(), next.frame(), next.design(),
                next.moderationPercent(), next.blindModeration());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public CycleSummary create(CycleDetails details) {
        String name = checkName(details);
        if (cycles.existsByNameIgnoreCase(name)) {
            throw new SamplingException("name", "There is already a cycle called " + name);
        }
        check(details);
        String who = currentUser.usernameOrSystem();
        AuditCycleEntity cycle = new AuditCycleEntity(who, clock.instant());
        apply(cycle, name, details);
        cycle = cycles.saveAndFlush(cycle);
        auditTrail.publishEvent(new SamplingTrail.CycleCreated(cycle.getId(), name, details.frame().describe(),
                details.design().describe(), details.blindModeration()));
        return summary(cycle);
    }

    /**
     * Changes a cycle before its sample is locked. If the frame or design changes after a draw, the draft sample
     * is discarded (audit-trailed) and the cycle goes back to planned.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public CycleSummary update(long id, long expectedVersion, CycleDetails details) {
        AuditCycleEntity cycle = load(id, expectedVersion);
        String name = checkName(details);
        if (cycles.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new SamplingException("name", "There is already a cycle called " + name);
        }
        check(details);
        SampleRecordEntity sample = samples.findByCycleId(id).orElse(null);
        boolean drawChanged = !SamplingJson.frame(details.frame()).equals(cycle.getFrameDefinition())
                || !SamplingJson.design(details.design()).equals(cycle.getSampleDesign());
        if (sample != null && sample.isLocked() && (drawChanged
                || details.moderationPercent() != cycle.getModerationPercent()
                || details.blindModeration() != cycle.isBlindModeration())) {
            throw new SamplingException("sample", "The sample is assigned and locked: the frame, design, moderation "
                    + "share and moderation mode can no longer change");
        }
        if (sample != null && drawChanged) {
            store.keepReplacedDraw(sample, currentUser.usernameOrSystem(), clock.instant(),
                    "the cycle's frame or sample design changed");
            store.deleteSample(sample.getId());
            cycle.backToPlanned();
            auditTrail.publishEvent(new SamplingTrail.SampleDiscarded(id, sample.getSeed(), sample.getFrameSha256()));
        }
        apply(cycle, name, details);
        cycle.touched(currentUser.usernameOrSystem(), clock.instant());
        cycle = cycles.saveAndFlush(cycle);
        auditTrail.publishEvent(new SamplingTrail.CycleUpdated(id, name, details.frame().describe(),
                details.design().describe()));
        return summary(cycle);
    }

    /** In progress to moderation, moderation to complete. Earlier steps happen by drawing and assigning. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public CycleSummary advance(long id, long expectedVersion) {
        AuditCycleEntity cycle = load(id, expectedVersion);
        CycleStatus before = cycle.getStatus();
        if (!before.canAdvance()) {
            throw new SamplingException("status", before == CycleStatus.COMPLETE ? "The cycle is already complete"
                    : "Draw and assign the sample first");
        }
        CycleStatus next = before.next().orElseThrow();
        cycle.moveTo(next);
        cycle.touched(currentUser.usernameOrSystem(), clock.instant());
        cycle = cycles.saveAndFlush(cycle);
        auditTrail.publishEvent(new SamplingTrail.CycleMoved(id, before, next));
        return summary(cycle);
    }

    private AuditCycleEntity load(long id) {
        return cycles.findById(id).orElseThrow(() -> new SamplingException(null, "That audit cycle no longer exists"));
    }

    private AuditCycleEntity load(long id, long expectedVersion) {
        AuditCycleEntity cycle = load(id);
        if (cycle.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AuditCycleEntity.class, id);
        }
        return cycle;
    }

    private static String checkName(CycleDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new SamplingException("name", "Enter a name for the cycle");
        }
        String name = details.name().strip();
        NAME.problem(name).ifPresent(problem -> {
            throw new SamplingException("name", problem);
        });
        return name;
    }

    private void check(CycleDetails details) {
        Objects.requireNonNull(details.frame(), "frame");
        Objects.requireNonNull(details.design(), "design");
        if (details.moderationPercent() < 0 || details.moderationPercent() > 100) {
            throw new SamplingException("moderationPercent", "The moderation share must be between 0 and 100%");
        }
        if ((details.templateId() == null) != (details.templateVersion() == null)) {
            throw new SamplingException("template", "Give both the template and its version, or neither");
        }
        if (details.templateId() != null && templates.find(details.templateId(), details.templateVersion()).isEmpty()) {
            throw new SamplingException("template", "There is no template " + details.templateId() + " version "
                    + details.templateVersion());
        }
        if (details.dueDate() != null && details.dueDate().isBefore(details.frame().to())) {
            throw new SamplingException("dueDate", "The due date is before the end of the period");
        }
    }

    private static void apply(AuditCycleEntity cycle, String name, CycleDetails d) {
        cycle.describe(name, d.templateId(), d.templateVersion(), d.frame().from(), d.frame().to(), d.dueDate(),
                SamplingJson.frame(d.frame()), SamplingJson.design(d.design()), d.moderationPercent(),
                d.blindModeration());
    }

    CycleSummary summary(AuditCycleEntity c) {
        SampleRecordEntity sample = c.getId() == null ? null : samples.findByCycleId(c.getId()).orElse(null);
        return new CycleSummary(c.getId(), c.getVersion(), c.getName(), c.getTemplateId(), c.getTemplateVersion(),
                c.getPeriodStart(), c.getPeriodEnd(), c.getDueDate(), c.getStatus(),
                SamplingJson.frame(c.getFrameDefinition()), SamplingJson.design(c.getSampleDesign()),
                c.getModerationPercent(), c.isBlindModeration(), sample != null, sample != null && sample.isLocked(),
                c.getCreatedBy(),
                c.getCreatedAt());
    }
}
