package org.caseaudit.sampling;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.caseaudit.sampling.internal.AuditCycleEntity;
import org.caseaudit.sampling.internal.AuditCycleRepository;
import org.caseaudit.sampling.internal.FrameSnapshot;
import org.caseaudit.sampling.internal.SampleItemEntity;
import org.caseaudit.sampling.internal.SampleItemRepository;
import org.caseaudit.sampling.internal.SampleRecordEntity;
import org.caseaudit.sampling.internal.SampleRecordRepository;
import org.caseaudit.sampling.internal.SampleStore;
import org.caseaudit.sampling.internal.SamplingJson;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frames, draws, verification, exclusions with replacement from the reserves, and assignment. Audit leads and
 * administrators only; every change is audit-trailed.
 *
 * <p>"Cases sampled in the last N months" are the cases in (drawn into or brought into) the sample of another
 * cycle drawn in the N calendar months before this draw (Europe/London). Verification uses the stored draw time,
 * so a later cycle never changes what an earlier frame was.
 */
@Service
public class SampleService {

    private final AuditCycleRepository cycles;
    private final SampleRecordRepository samples;
    private final SampleItemRepository items;
    private final SampleStore store;
    private final CaseFrameSource frameSource;
    private final UserService users;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<CycleWorkCreator> workCreator;
    private final org.caseaudit.security.TeamService teams;

    SampleService(AuditCycleRepository cycles, SampleRecordRepository samples, SampleItemRepository items,
                  SampleStore store, CaseFrameSource frameSource, UserService users,
                  ApplicationEventPublisher auditTrail,
                  CurrentUser currentUser, Clock clock,
                  org.springframework.beans.factory.ObjectProvider<CycleWorkCreator> workCreator,
                  org.caseaudit.security.TeamService teams) {
        this.workCreator = workCreator;
        this.teams = teams;
        this.cycles = cycles;
        this.samples = samples;
        this.items = items;
        this.store = store;
        this.frameSource = frameSource;
        this.users = users;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private record BuiltFrame(Frame frame, List<String> excludedByReference, int recentlySampled,
                              List<String> unknownReferences) {
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<String> teams() {
        return frameSource.teams();
    }

    /** The frame a definition gives now, for a cycle (its own earlier sample does not count as "recently sampled"). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public FramePreview preview(FrameDefinition definition, Long cycleId) {
        BuiltFrame built = build(definition, cycleId == null ? -1 : cycleId, clock.instant(), Long.MAX_VALUE, false);
        List<FramePreview.TeamCount> teams = built.frame().strata().entrySet().stream()
                .map(e -> new FramePreview.TeamCount(e.getKey(), e.getValue().size())).toList();
        return new FramePreview(built.frame().size(), built.frame().sha256(), teams, built.excludedByReference(),
                built.recentlySampled(), built.unknownReferences());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public AttributeSampleSize.Advice advise(BigDecimal confidence, BigDecimal expectedRate, BigDecimal tolerableRate,
                                             Integer population) {
        return AttributeSampleSize.advise(confidence, expectedRate, tolerableRate, population);
    }

    /**
     * Draws the cycle's sample from its frame and design. A blank seed is generated (and shown in the record).
     * A draft sample is replaced (audit-trailed); a locked one is refused.
     *
     * <p>A design that does not stratify needs neither references nor teams to draw: the frame is read as ids alone,
     * its snapshot holds the ids, and the drawn list is stored as one value (the ids in draw order); the sample's
     * rows are written when it first changes ({@link #exclude}, {@link #assign}) and {@link #sample} shows the list
     * with references and teams from the register until then. A stratified design reads teams and references and
     * writes the rows at once, as before. {@link #sample} reads what was drawn.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public SampleDrawn draw(long cycleId, long expectedCycleVersion, Long seed) {
        return draw(cycleId, expectedCycleVersion, seed, null);
    }

    /**
     * Draws the cycle's sample again, for a reason: the draw it replaces is kept (seed, method, frame hash, who and
     * when, who replaced it, when and why) and listed in the record and the pack's methodology. Refused once the
     * sample is assigned.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public SampleDrawn redraw(long cycleId, long expectedCycleVersion, Long seed, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SamplingException("reason", "Give a reason for drawing the sample again");
        }
        return draw(cycleId, expectedCycleVersion, seed, truncate(reason.strip(), 500));
    }

    /** The draws of a cycle's sample that later draws replaced, oldest first, each with its reason. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<EarlierDraw> earlierDraws(long cycleId) {
        return store.replacedDraws(cycleId);
    }

    private SampleDrawn draw(long cycleId, long expectedCycleVersion, Long seed, String redrawReason) {
        AuditCycleEntity cycle = loadCycle(cycleId, expectedCycleVersion);
        if (cycle.getStatus() != CycleStatus.PLANNED && cycle.getStatus() != CycleStatus.SAMPLING) {
            throw new SamplingException("status", "The cycle is " + cycle.getStatus().label().toLowerCase(Locale.ROOT)
                    + ": its sample can no longer be drawn");
        }
        Optional<SampleRecordEntity> existing = samples.lockByCycleId(cycleId);
        if (existing.isPresent()) {
            SampleRecordEntity old = existing.get();
            if (old.isLocked()) {
                throw new SamplingException("sample", "The sample is assigned and locked; it cannot be drawn again");
            }
            if (redrawReason == null) {
                throw new SamplingException("sample", "The sample is already drawn: a draw is final unless it is "
                        + "redrawn, with a reason");
            }
            store.keepReplacedDraw(old, currentUser.usernameOrSystem(), clock.instant(), redrawReason);
            store.deleteSample(old.getId());
            samples.flush();
            auditTrail.publishEvent(new SamplingTrail.SampleRedrawn(cycleId, old.getSeed(), old.getFrameSha256(),
                    redrawReason));
        }
        FrameDefinition definition = SamplingJson.frame(cycle.getFrameDefinition());
        SampleDesign design = SamplingJson.design(cycle.getSampleDesign());
        Instant now = clock.instant();
        BuiltFrame built = build(definition, cycleId, now, Long.MAX_VALUE,
                design.method() != SamplingMethod.STRATIFIED);
        Frame frame = built.frame();
        // The frame's SHA-256 and its snapshot are pure CPU work on an immutable frame: done on another thread while
        // this one draws and writes (the draw waits for the hash if it needs it first); only this thread's connection
        // (the transaction's) ever writes. A snapshot of ids holds them in numeric order: nearby ids, a smaller blob.
        FutureTask<byte[]> snapshot = new FutureTask<>(() -> {
            frame.sha256();
            if (frame.idsOnly()) {
                long[] ids = frame.numericIds();
                Arrays.sort(ids);
                return FrameSnapshot.encodeIds(ids);
            }
            return FrameSnapshot.encode(frame.items());
        });
        Thread.ofVirtual().name("frame-snapshot-" + cycleId).start(snapshot);
        boolean generated = seed == null;
        long usedSeed = generated ? Sampler.generateSeed() : seed;
        DrawResult result = Sampler.draw(frame, design, usedSeed);
        String who = currentUser.usernameOrSystem();
        SampleRecordEntity record = samples.saveAndFlush(new SampleRecordEntity(cycleId, usedSeed, generated,
                result.method(), result.methodVersion(), cycle.getSampleDesign(), truncate(design.describe(), 500),
                cycle.getFrameDefinition(), truncate(definition.describe(), 2000), result.populationSize(),
                result.frameSha256(), result.sampleSize(), result.reserveCount(),
                SamplingJson.allocation(result.allocation()), who, now, !frame.idsOnly()));
        byte[] drawnIds = null;
        if (frame.idsOnly()) {
            drawnIds = FrameSnapshot.encodeIds(result.drawn().stream().mapToLong(d -> d.item().id()).toArray());
        } else {
            store.insertItems(record.getId(), result.drawn());
        }
        store.insertFrame(record.getId(), finished(snapshot), drawnIds);
        cycle.moveTo(CycleStatus.SAMPLING);
        cycle.touched(who, now);
        cycles.saveAndFlush(cycle);
        auditTrail.publishEvent(new SamplingTrail.Drawn(cycleId, usedSeed, generated, result.method(),
                result.methodVersion(), result.populationSize(), result.frameSha256(), result.sampleSize(),
                result.reserveCount()));
        return new SampleDrawn(record.getId(), cycleId, usedSeed, generated, result.method(), result.populationSize(),
                result.frameSha256(), result.sampleSize(), result.reserveCount());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public Optional<SampleRecord> sample(long cycleId) {
        return samples.findByCycleId(cycleId).map(this::record);
    }

    /**
     * Re-draws from the stored frame snapshot, design and seed (is the record self-consistent?) and from the frame
     * definition applied to the register now (has the register changed?), and says what differs.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public VerifyResult verify(long cycleId) {
        SampleRecordEntity record = samples.findByCycleId(cycleId)
                .orElseThrow(() -> new SamplingException("sample", "No sample has been drawn for this cycle"));
        SampleDesign design = SamplingJson.design(record.getSampleDesign());
        List<Long> stored = drawnIds(record);
        byte[] storedBytes = store.frame(record.getId());
        boolean idsOnly = FrameSnapshot.idsOnly(storedBytes);
        List<FrameItem> storedFrame = FrameSnapshot.decode(storedBytes);
        Frame snapshot = Frame.of(storedFrame);
        boolean methodChanged = !Sampler.METHOD_VERSION.equals(record.getMethodVersion());
        boolean recordConsistent = snapshot.sha256().equals(record.getFrameSha256())
                && Sampler.draw(snapshot, design, record.getSeed()).drawnIds().equals(stored);

        BuiltFrame now = build(SamplingJson.frame(record.getFrameDefinition()), cycleId, record.getDrawnAt(),
                record.getId(), idsOnly);
        FrameComparison changes = idsOnly ? byIdNamedByReference(storedFrame, now.frame())
                : FrameComparison.between(storedFrame, now.frame().items());
        boolean registerConsistent;
        if (now.frame().isEmpty()) {
            registerConsistent = false;
        } else {
            registerConsistent = now.frame().sha256().equals(record.getFrameSha256())
                    && Sampler.draw(now.frame(), design, record.getSeed()).drawnIds().equals(stored);
        }
        List<String> lines = new ArrayList<>();
        if (recordConsistent) {
            lines.add("The stored frame (" + snapshot.size() + " cases), design and seed " + record.getSeed()
                    + " give the same " + stored.size() + " cases in the same order.");
        } else {
            lines.add("The stored frame, design and seed do NOT give the stored draw: the record has been altered or "
                    + "the sampling code has changed.");
        }
        if (methodChanged) {
            lines.add("The sample was drawn by " + record.getMethodVersion() + "; this system now runs "
                    + Sampler.METHOD_VERSION + ".");
        }
        if (registerConsistent) {
            lines.add("Rebuilding the frame from the case register today gives the same frame (SHA-256 "
                    + record.getFrameSha256() + ") and the same draw.");
        } else {
            lines.add("Rebuilding the frame from the case register today gives " + now.frame().size()
                    + " cases (SHA-256 " + (now.frame().isEmpty() ? "-" : now.frame().sha256()) + "): "
                    + changes.describe());
        }
        VerifyResult result = new VerifyResult(recordConsistent, registerConsistent, methodChanged,
                now.frame().isEmpty() ? null : now.frame().sha256(), changes, String.join(" ", lines));
        auditTrail.publishEvent(new SamplingTrail.SampleVerified(cycleId, result.confirmed(), result.summary()));
        return result;
    }

    /**
     * Takes a case out of the sample with a reason; the next unused reserve in draw order (of the same team first
     * when the design is stratified) takes its place and, once assigned, its auditor where allowed.
     * Returns the replacement, if a reserve was left.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public Optional<SampleItemInfo> exclude(long sampleId, int drawOrder, long expectedItemVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SamplingException("reason", "Give a reason for excluding the case");
        }
        String why = truncate(reason.strip(), 500);
        SampleRecordEntity record = samples.lockById(sampleId)
                .orElseThrow(() -> new SamplingException("item",
                "That sampled case no longer exists: the sample was drawn again"));
        writeItems(record);
        SampleItemEntity item = items.findBySampleIdAndDrawOrder(sampleId, drawOrder)
                .orElseThrow(() -> new SamplingException("item", "That sampled case no longer exists"));
        long itemId = item.getId();
        if (item.getVersion() != expectedItemVersion) {
            throw new ObjectOptimisticLockingFailureException(SampleItemEntity.class, itemId);
        }
        AuditCycleEntity cycle = cycles.findById(record.getCycleId()).orElseThrow();
        if (cycle.getStatus() == CycleStatus.COMPLETE) {
            throw new SamplingException("status", "The cycle is complete: its sample cannot change");
        }
        String who = currentUser.usernameOrSystem();
        Instant now = clock.instant();
        item.exclude(why, who, now);
        auditTrail.publishEvent(new SamplingTrail.CaseExcluded(itemId, cycle.getId(), item.getCaseReference(), why));

        List<SampleItemEntity> all = items.findBySampleIdOrderByDrawOrder(record.getId());
        boolean stratified = record.getMethod() == SamplingMethod.STRATIFIED;
        Optional<SampleItemEntity> reserve = all.stream()
                .filter(i -> i.getStatus() == SampleItemInfo.Status.RESERVE)
                .filter(i -> !stratified || i.getTeam().equals(item.getTeam()))
                .findFirst();
        if (reserve.isEmpty() && stratified) {
            reserve = all.stream().filter(i -> i.getStatus() == SampleItemInfo.Status.RESERVE).findFirst();
        }
        if (reserve.isEmpty()) {
            items.saveAndFlush(item);
            auditTrail.publishEvent(new SamplingTrail.NoReserveLeft(cycle.getId(), item.getCaseReference()));
            return Optional.empty();
        }
        SampleItemEntity replacement = reserve.get();
        replacement.bringIn(item.getId(), "replaces " + item.getCaseReference() + ": " + why, who, now);
        if (record.isLocked()) {
            assignReplacement(item, replacement, all);
        }
        items.saveAndFlush(item);
        items.saveAndFlush(replacement);
        auditTrail.publishEvent(new SamplingTrail.ReserveUsed(replacement.getId(), cycle.getId(),
                replacement.getCaseReference(), replacement.getDrawOrder(), item.getCaseReference(),
                replacement.getAuditor(), replacement.getModerator()));
        return Optional.of(info(replacement, Map.of(item.getId(), item.getCaseReference())));
    }

    /**
     * Assigns the sample to the enabled auditors, balancing load and avoiding their own teams; a seeded share
     * (the cycle's moderation percentage) goes to moderators. Locks the sample; the cycle moves to in progress.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public SampleRecord assign(long cycleId, long expectedCycleVersion, Long moderationSeed) {
        AuditCycleEntity cycle = loadCycle(cycleId, expectedCycleVersion);
        SampleRecordEntity record = samples.lockByCycleId(cycleId)
                .orElseThrow(() -> new SamplingException("sample", "Draw the sample first"));
        if (record.isLocked()) {
            throw new SamplingException("sample", "The sample is already assigned");
        }
        writeItems(record);
        List<SampleItemEntity> active = items.findBySampleIdOrderByDrawOrder(record.getId()).stream()
                .filter(SampleItemEntity::isActive).toList();
        long seed = moderationSeed == null ? Sampler.generateSeed() : moderationSeed;
        org.caseaudit.security.TeamDirectory directory = teams.directory();
        List<Assigner.Assignment> assignments = Assigner.assign(
                active.stream().map(i -> new Assigner.Case(i.getCaseId(), i.getCaseReference(),
                        directory.resolve(i.getTeam()))).toList(),
                people(Role.AUDITOR, directory), people(Role.MODERATOR, directory), cycle.getModerationPercent(), seed);
        Map<Long, Assigner.Assignment> byCase = assignments.stream()
                .collect(Collectors.toMap(Assigner.Assignment::itemId, a -> a));
        for (SampleItemEntity item : active) {
            Assigner.Assignment a = byCase.get(item.getCaseId());
            item.assign(a.auditor(), a.moderator());
        }
        items.saveAllAndFlush(active);
        String who = currentUser.usernameOrSystem();
        Instant now = clock.instant();
        record.lock(who, now, cycle.getModerationPercent(), seed);
        samples.saveAndFlush(record);
        cycle.moveTo(CycleStatus.IN_PROGRESS);
        cycle.touched(who, now);
        cycles.saveAndFlush(cycle);
        Map<String, Long> load = assignments.stream()
                .collect(Collectors.groupingBy(Assigner.Assignment::auditor, java.util.TreeMap::new,
                Collectors.counting()));
        long moderated = assignments.stream().filter(a -> a.moderator() != null).count();
        auditTrail.publishEvent(new SamplingTrail.SampleAssigned(cycleId, load, moderated,
                cycle.getModerationPercent(), seed));
        return record(record);
    }

    /**
     * One step from a drawn sample to work in the auditors' lists: {@link #assign} and then the audits and
     * moderations created from the assignment in the same transaction (by the audit module's
     * {@link CycleWorkCreator}). Without a creator (or a checklist for the cycle) the assignment stands and the
     * outcome says why no audits were created.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public AssignmentOutcome assignAndCreateWork(long cycleId, long expectedCycleVersion, Long moderationSeed) {
        SampleRecord assigned = assign(cycleId, expectedCycleVersion, moderationSeed);
        CycleWorkCreator creator = workCreator.getIfAvailable();
        CycleWork work = creator == null ? CycleWork.none("nothing here creates audits") : creator.createFor(cycleId);
        return new AssignmentOutcome(assigned, work);
    }

    private void assignReplacement(SampleItemEntity excluded, SampleItemEntity replacement,
            List<SampleItemEntity> all) {
        Map<String, Integer> load = new HashMap<>();
        all.stream().filter(SampleItemEntity::isActive).filter(i -> i != excluded && i.getAuditor() != null)
                .forEach(i -> load.merge(i.getAuditor(), 1, Integer::sum));
        org.caseaudit.security.TeamDirectory directory = teams.directory();
        Assigner.Case c = new Assigner.Case(replacement.getCaseId(), replacement.getCaseReference(),
                directory.resolve(replacement.getTeam()));
        String auditor = Assigner.auditorForReplacement(c, excluded.getAuditor(), people(Role.AUDITOR,
                directory), load);
        String moderator = null;
        if (excluded.getModerator() != null) {
            Map<String, Integer> moderationLoad = new HashMap<>();
            all.stream().filter(SampleItemEntity::isActive).filter(i -> i != excluded && i.getModerator() != null)
                    .forEach(i -> moderationLoad.merge(i.getModerator(), 1, Integer::sum));
            List<Assigner.Person> moderators = people(Role.MODERATOR, directory).stream()
                    .filter(p -> !p.username().equals(auditor)).toList();
            if (!moderators.isEmpty()) {
                try {
                    moderator = Assigner.auditorForReplacement(c, excluded.getModerator(), moderators, moderationLoad);
                } catch (SamplingException e) {
                    moderator = null;
                }
            }
        }
        replacement.assign(auditor, moderator);
    }

    /**
     * What changed between a snapshot of ids alone and the frame now, by id only (a snapshot of ids has no teams to
     * compare), the cases that entered or left named by their reference in the register.
     */
    private FrameComparison byIdNamedByReference(List<FrameItem> storedIds, Frame now) {
        List<FrameItem> nowIds = now.items().stream().map(i -> FrameItem.of(i.id(), null)).toList();
        FrameComparison byId = FrameComparison.between(storedIds, nowIds);
        // a frame of ids alone names each case by its id's text until the register names it
        Set<Long> changed = new HashSet<>();
        byId.added().forEach(id -> changed.add(Long.parseLong(id)));
        byId.removed().forEach(id -> changed.add(Long.parseLong(id)));
        Map<String, String> references = new HashMap<>();
        if (!changed.isEmpty()) {
            frameSource.describe(changed).forEach((id, item) -> references.put(Long.toString(id), item.reference()));
        }
        return byId.withReferences(references);
    }

    /**
     * Writes the rows of a sample drawn as a list (its first change), from the drawn ids and the register's
     * references and teams; the caller holds the sample's lock. Audit-trailed by the change that needs them.
     */
    private void writeItems(SampleRecordEntity record) {
        if (record.isItemsWritten()) {
            return;
        }
        long[] ids = store.drawnIds(record.getId())
                .orElseThrow(() -> new IllegalStateException("Sample " + record.getId()
                + " has neither rows nor a drawn list"));
        List<DrawnItem> drawn = drawnList(record, ids);
        store.insertItems(record.getId(), drawn);
        record.itemsWritten();
        samples.saveAndFlush(record);
    }

    /** The drawn list of a sample without rows, as drawn: each case with its reference and team in the register now. */
    private List<DrawnItem> drawnList(SampleRecordEntity record, long[] ids) {
        List<Long> boxed = Arrays.stream(ids).boxed().toList();
        Map<Long, FrameItem> described = frameSource.describe(boxed);
        List<DrawnItem> drawn = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            long id = ids[i];
            FrameItem item = described.getOrDefault(id, FrameItem.of(id, null));
            drawn.add(new DrawnItem(i + 1, i < record.getSampleSize() ? DrawnItem.Kind.SAMPLE : DrawnItem.Kind.RESERVE,
                    item));
        }
        return drawn;
    }

    /** The drawn case ids in draw order, from the rows or the drawn list. */
    private List<Long> drawnIds(SampleRecordEntity record) {
        if (record.isItemsWritten()) {
            return items.findBySampleIdOrderByDrawOrder(record.getId()).stream().map(
                    SampleItemEntity::getCaseId).toList();
        }
        long[] ids = store.drawnIds(record.getId()).orElseThrow();
        return Arrays.stream(ids).boxed().toList();
    }

    /** The enabled users with a role, each with their team's identity (so an alias of the case's team matches). */
    private List<Assigner.Person> people(Role role, org.caseaudit.security.TeamDirectory directory) {
        List<UserSummary> found = users.findEnabledWithRole(role);
        return found.stream().map(u -> new Assigner.Person(u.username(), directory.resolve(u.team()))).toList();
    }

    /**
     * The frame a definition gives: from ids alone when {@code idsOnly} is asked for, the definition excludes no case
     * by reference (matched on references) and the source can give ids; otherwise from full items. Samples drawn
     * before {@code asOf}, or at that instant with an id below {@code beforeSampleId}, count as recently sampled.
     */
    private BuiltFrame build(FrameDefinition definition, long cycleId, Instant asOf, long beforeSampleId,
                             boolean idsOnly) {
        Set<Long> recently = recentlySampled(definition, cycleId, asOf, beforeSampleId);
        if (idsOnly && definition.excludedReferences().isEmpty()) {
            Optional<long[]> ids = frameSource.numericIds(definition);
            if (ids.isPresent()) {
                long[] all = ids.get();
                if (recently.isEmpty()) {
                    return new BuiltFrame(Frame.ofNumericIds(all), List.of(), 0, List.of());
                }
                long[] kept = Arrays.stream(all).filter(id -> !recently.contains(id)).toArray();
                return new BuiltFrame(Frame.ofNumericIds(kept), List.of(), all.length - kept.length, List.of());
            }
        }
        List<FrameItem> fromRegister = frameSource.items(definition);
        Map<String, String> excludedRefs = new LinkedHashMap<>();
        definition.excludedReferences().forEach(e -> excludedRefs.put(e.reference().toLowerCase(Locale.ROOT),
                e.reference()));
        List<FrameItem> kept = new ArrayList<>(fromRegister.size());
        List<String> excluded = new ArrayList<>();
        Set<String> found = new HashSet<>();
        int recent = 0;
        boolean byReference = !excludedRefs.isEmpty();
        for (FrameItem item : fromRegister) {
            String key = byReference ? item.reference().toLowerCase(Locale.ROOT) : null;
            if (byReference && excludedRefs.containsKey(key)) {
                excluded.add(item.reference());
                found.add(key);
            } else if (recently.contains(item.id())) {
                recent++;
            } else {
                kept.add(item);
            }
        }
        List<String> unknown = excludedRefs.entrySet().stream().filter(e -> !found.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new BuiltFrame(Frame.of(kept), excluded, recent, unknown);
    }

    /**
     * Cases in the sample of other cycles drawn in the definition's "recently sampled" months before {@code asOf}.
     * A sample drawn at {@code asOf} itself counts when its id is below {@code beforeSampleId}: on a stopped clock (or
     * two draws in one millisecond) the id tells which came first, so a verify sees what its draw saw.
     */
    private Set<Long> recentlySampled(FrameDefinition definition, long cycleId, Instant asOf, long beforeSampleId) {
        Set<Long> recently = new HashSet<>();
        if (definition.excludeAuditedWithinMonths() > 0) {
            Instant from = asOf.atZone(clock.getZone()).minusMonths(
                    definition.excludeAuditedWithinMonths()).toInstant();
            recently.addAll(items.sampledElsewhere(cycleId, from, asOf, beforeSampleId));
            recently.addAll(store.sampledAsListsElsewhere(cycleId, from, asOf, beforeSampleId));
        }
        return recently;
    }

    private static byte[] finished(FutureTask<byte[]> snapshot) {
        try {
            return snapshot.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the frame snapshot", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The frame snapshot could not be written", e.getCause());
        }
    }

    private AuditCycleEntity loadCycle(long id, long expectedVersion) {
        AuditCycleEntity cycle = cycles.findById(id)
                .orElseThrow(() -> new SamplingException(null, "That audit cycle no longer exists"));
        if (cycle.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AuditCycleEntity.class, id);
        }
        return cycle;
    }

    private SampleRecord record(SampleRecordEntity r) {
        if (r.isItemsWritten()) {
            return record(r, store.items(r.getId()));
        }
        return record(r, drawnList(r, store.drawnIds(r.getId()).orElseThrow()).stream()
                .map(SampleItemInfo::asDrawn).toList());
    }

    private SampleRecord record(SampleRecordEntity r, List<SampleItemInfo> items) {
        return new SampleRecord(r.getId(), r.getCycleId(), r.getSeed(), r.isSeedGenerated(), r.getMethod(),
                r.getMethodVersion(), r.getDesignDescription(), SamplingJson.frame(r.getFrameDefinition()),
                r.getFrameDescription(), r.getPopulationSize(), r.getFrameSha256(), r.getSampleSize(),
                r.getReserveCount(), SamplingJson.allocation(r.getAllocation()), r.getDrawnBy(), r.getDrawnAt(),
                r.getLockedBy(), r.getLockedAt(), r.getModerationPercent(), r.getModerationSeed(), items);
    }

    static SampleItemInfo info(SampleItemEntity i, Map<Long, String> references) {
        return new SampleItemInfo(i.getId(), i.getVersion(), i.getDrawOrder(), i.getKind(), i.getCaseId(),
                i.getCaseReference(), i.getTeam(), i.getStatus(),
                i.getReplacesItemId() == null ? null : references.get(i.getReplacesItemId()), i.getReason(),
                i.getChangedBy(), i.getChangedAt(), i.getAuditor(), i.getModerator());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
