package org.caseaudit.findings;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.caseaudit.shared.PlainText;
import org.caseaudit.audit.AuditService;
import org.caseaudit.findings.internal.ActionItemEntity;
import org.caseaudit.findings.internal.ActionItemRepository;
import org.caseaudit.findings.internal.DeliveryGroupEntity;
import org.caseaudit.findings.internal.DeliveryGroupRepository;
import org.caseaudit.findings.internal.ProgressNoteEntity;
import org.caseaudit.findings.internal.ProgressNoteRepository;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.Sampler;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan: actions per theme or finding, carried over between cycles until complete, progress notes, closing
 * with evidence, and the re-audit that checks the change took hold. Every change is audit-trailed.
 * <p>
 * Roles: the audit lead creates, changes and closes actions and launches re-audits. Administrators and panel viewers
 * read the plan (it holds no case data: issues are theme counts, and staff are asked to write no case details in
 * notes). Any signed-in user who owns actions sees them under "My actions" and may add progress notes to them.
 * <p>
 * Optimistic locking: every change names the version it was made against; a stale version is refused with
 * {@link ObjectOptimisticLockingFailureException}. Progress notes are append-only rows and do not change the version.
 */
@Service
public class ActionPlanService {

    static final String TARGET = "action_item";
    /** An action's texts: issue and action free text (a TEXT column holds 16,000 characters of any kind). */
    public static final PlainText.Rule ISSUE = PlainText.Rule.multiLine("The issue", 16_000);
    public static final PlainText.Rule ACTION = PlainText.Rule.multiLine("The action", 16_000);
    public static final PlainText.Rule OWNER_NAME = PlainText.Rule.singleLine("The owner's name", 200);

    /** The re-audit template (audit-templates/re-audit.yaml). */
    public static final String REAUDIT_TEMPLATE = "re-audit";

    /** A small targeted sample: enough to see whether the change took hold, not a new full cycle. */
    public static final int REAUDIT_SAMPLE_SIZE = 5;

    /** Four weeks for the re-audits to be done. */
    public static final int REAUDIT_DUE_DAYS = 28;

    private final ActionItemRepository actions;
    private final ProgressNoteRepository notes;
    private final DeliveryGroupRepository groups;
    private final FindingsService findings;
    private final AuditCycleService cycles;
    private final SampleService samples;
    private final AuditService audits;
    private final TemplateService templates;
    private final UserService users;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActionPlanService(ActionItemRepository actions, ProgressNoteRepository notes, DeliveryGroupRepository groups,
            FindingsService findings,
            AuditCycleService cycles, SampleService samples, AuditService audits, TemplateService templates,
            UserService users, ApplicationEventPublisher trail, CurrentUser currentUser, Clock clock) {
        this.actions = actions;
        this.notes = notes;
        this.groups = groups;
        this.findings = findings;
        this.cycles = cycles;
        this.samples = samples;
        this.audits = audits;
        this.templates = templates;
        this.users = users;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan: every open action whatever its cycle (and completed ones too when asked), oldest first. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<ActionItem> plan(boolean includeComplete) {
        return items(includeComplete ? actions.findAllByOrderByIdAsc()
                : actions.findByStatusNotOrderByIdAsc(ActionStatus.COMPLETE));
    }

    /**
     * The plan of one delivery group (every action it owns, completed ones too when asked), or the whole plan when
     * {@code deliveryGroupId} is null.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<ActionItem> plan(boolean includeComplete, Long deliveryGroupId) {
        List<ActionItem> all = plan(includeComplete);
        return deliveryGroupId == null ? all
                : all.stream().filter(a -> deliveryGroupId.equals(a.deliveryGroupId())).toList();
    }

    /** The signed-in user's own actions (open first, then complete). */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ActionItem> myActions() {
        List<ActionItem> mine = new ArrayList<>(items(actions.findByOwnerUsernameOrderByIdAsc(me())));
        mine.sort(Comparator.comparing((ActionItem a) -> !a.open()));
        return mine;
    }

    /** Whether the signed-in user owns any action (the "My actions" menu entry shows only then). */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN,
            Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public boolean ownsActions() {
        return currentUser.username().map(actions::existsByOwnerUsername).orElse(false);
    }

    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN,
            Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public ActionItem get(long id) {
        ActionItemEntity e = load(id);
        checkReader(e);
        return item(e);
    }

    /** People who may own actions: enabled audit leads, auditors and moderators, by username. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional(readOnly = true)
    public List<UserSummary> possibleOwners() {
        return List.copyOf(ownersByName().values());
    }

    private Map<String, UserSummary> ownersByName() {
        Map<String, UserSummary> byName = new TreeMap<>();
        for (Role r : List.of(Role.AUDIT_LEAD, Role.AUDITOR, Role.MODERATOR)) {
            users.findEnabledWithRole(r).forEach(u -> byName.putIfAbsent(u.username(), u));
        }
        return byName;
    }

    /** A new action; {@code sourceCycleId}, {@code theme} and {@code questionIds} say which finding it answers. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public ActionItem create(Long sourceCycleId, String templateId, String theme, List<String> questionIds,
            ActionForm form) {
        checkForm(form);
        if (sourceCycleId != null && !cycles.exists(sourceCycleId)) {
            throw new ActionPlanException("There is no audit cycle " + sourceCycleId);
        }
        checkOwner(form, null);
        String who = me();
        ActionItemEntity e = new ActionItemEntity(sourceCycleId, templateId, theme, questionIds, who, clock.instant());
        apply(e, form);
        e = actions.saveAndFlush(e);
        trail.publishEvent(new FindingsTrail.ActionCreated(e.getId(), describe(e)));
        return item(e);
    }

    /**
     * One action per chosen theme of the cycle, prefilled: the issue is the theme's counts and its questions' finding
     * texts, the action the template's suggested actions. A theme that already has an open action from this cycle is
     * skipped, so pressing twice makes no duplicates. Returns the actions created.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public List<ActionItem> createFromThemes(long cycleId, List<String> themeTags) {
        Set<String> wanted = new LinkedHashSet<>(themeTags);
        List<ActionItem> created = new ArrayList<>();
        for (Theme t : findings.themes(cycleId)) {
            if (!wanted.contains(t.tag())
                    || actions.existsBySourceCycleIdAndThemeAndStatusNot(cycleId, t.tag(), ActionStatus.COMPLETE)) {
                continue;
            }
            created.add(create(cycleId, t.questions().getFirst().templateId(), t.tag(),
                    t.questions().stream().map(Theme.ThemeQuestion::questionId).toList(),
                    new ActionForm(issueOf(t), actionOf(t), null, null, null, ActionStatus.NOT_STARTED)));
        }
        return created;
    }

    /** Changes the committee columns of an open action (not its completion: see {@link #complete}). */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public ActionItem update(long id, long expectedVersion, ActionForm form) {
        ActionItemEntity e = load(id, expectedVersion);
        if (e.getStatus() == ActionStatus.COMPLETE) {
            throw new ActionPlanException("The action is complete; it can no longer be changed");
        }
        checkForm(form);
        checkOwner(form, e.getOwnerUsername());
        String before = describe(e);
        apply(e, form);
        e.touched(me(), clock.instant());
        e = actions.saveAndFlush(e);
        trail.publishEvent(new FindingsTrail.ActionUpdated(id, before, describe(e)));
        return item(e);
    }

    /** Adds a dated progress note (append-only): the audit lead, or the action's owner. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public ActionItem addNote(long id, String text) {
        ActionItemEntity e = load(id);
        String who = me();
        if (!currentUser.hasRole(Roles.AUDIT_LEAD) && !who.equals(e.getOwnerUsername())) {
            throw new AccessDeniedException("Action " + id + " is not yours");
        }
        if (text == null || text.isBlank()) {
            throw new ActionPlanException("Write the progress note first");
        }
        Instant now = clock.instant();
        notes.saveAndFlush(new ProgressNoteEntity(id, LocalDate.ofInstant(now, zone()), now, who, text.strip()));
        trail.publishEvent(new FindingsTrail.ActionNoteAdded(id, text));
        return item(e);
    }

    /**
     * Completes an action with its evidence (required) and proposes the re-audit that checks the change took hold.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public ReAuditProposal complete(long id, long expectedVersion, String evidence, LocalDate completedOn) {
        ActionItemEntity e = load(id, expectedVersion);
        if (e.getStatus() == ActionStatus.COMPLETE) {
            throw new ActionPlanException("The action is already complete");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new ActionPlanException("Give the evidence that the action is complete");
        }
        LocalDate today = today();
        LocalDate on = completedOn == null ? today : completedOn;
        if (on.isAfter(today)) {
            throw new ActionPlanException("The completion date is in the future");
        }
        String who = me();
        e.complete(evidence.strip(), on, who);
        e.touched(who, clock.instant());
        actions.saveAndFlush(e);
        trail.publishEvent(new FindingsTrail.ActionClosed(id, on, evidence));
        return proposal(e);
    }

    /** The re-audit proposed for a completed action. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional(readOnly = true)
    public ReAuditProposal proposeReAudit(long id) {
        return proposal(load(id));
    }

    /**
     * Launches the re-audit of a completed action: a cycle on the re-audit template whose frame is the register's cases
     * with an S47 start from {@code casesFrom} to today, a seeded simple random sample of {@code sampleSize}, assigned
     * to auditors as any cycle, and its audits created. The cycle is linked to the action.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public ActionItem launchReAudit(long id, long expectedVersion, ReAuditRequest request) {
        ActionItemEntity e = load(id, expectedVersion);
        if (e.getStatus() != ActionStatus.COMPLETE) {
            throw new ActionPlanException("Complete the action, with its evidence, before its re-audit");
        }
        if (e.getReauditCycleId() != null) {
            throw new ActionPlanException("The re-audit of this action is already launched");
        }
        LocalDate today = today();
        if (request.casesFrom() == null || request.casesFrom().isAfter(today)) {
            throw new ActionPlanException("Choose the date from which cases are re-audited (not in the future)");
        }
        if (request.sampleSize() < 1 || request.sampleSize() > 50) {
            throw new ActionPlanException("A re-audit samples between 1 and 50 cases");
        }
        LocalDate due = request.dueDate() == null ? today.plusDays(REAUDIT_DUE_DAYS) : request.dueDate();
        int version = reAuditTemplate().version();
        long seed = request.seed() == null ? Sampler.generateSeed() : request.seed();
        CycleSummary cycle = cycles.create(new CycleDetails(reAuditName(e), REAUDIT_TEMPLATE, version, due,
                FrameDefinition.period(request.casesFrom(), today),
                SampleDesign.simpleRandom(new SampleSize.Fixed(request.sampleSize()), 0), 0));
        samples.draw(cycle.id(), cycle.version(), seed);
        samples.assign(cycle.id(), cycles.get(cycle.id()).version(), seed);
        List<Long> created = audits.createForCycle(cycle.id());
        e.linkReAudit(cycle.id());
        e.touched(me(), clock.instant());
        e = actions.saveAndFlush(e);
        trail.publishEvent(new FindingsTrail.ReAuditLaunched(id, cycle.id(), cycle.name(), request.casesFrom(),
                created.size(), seed));
        return item(e);
    }

    /**
     * Whether the change took hold: compliance with the questions behind the finding, before (the action's cycle) and
     * after (its re-audit). Empty while no re-audit is linked.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public Optional<ReAuditResult> reAuditResult(long id) {
        ActionItemEntity e = load(id);
        if (e.getReauditCycleId() == null) {
            return Optional.empty();
        }
        CycleCompliance after = findings.compliance(e.getReauditCycleId());
        Map<String, QuestionCompliance> before = new HashMap<>();
        if (e.getSourceCycleId() != null) {
            findings.compliance(e.getSourceCycleId()).questions().stream()
                    .filter(q -> Objects.equals(q.templateId(), e.getTemplateId()))
                    .forEach(q -> before.put(q.questionId(), q));
        }
        Map<String, QuestionCompliance> afterRows = new HashMap<>();
        after.questions().forEach(q -> afterRows.put(q.questionId(), q));
        Integer version = cycles.periods().stream().filter(c -> c.id() == e.getReauditCycleId()).findFirst()
                .map(org.caseaudit.sampling.CyclePeriod::templateVersion).orElse(null);
        TemplateDefinition t = version == null ? reAuditTemplate() : findings.template(REAUDIT_TEMPLATE, version);
        List<ReAuditResult.Row> rows = new ArrayList<>();
        for (ReAuditProposal.Question q : rechecked(e, t)) {
            rows.add(new ReAuditResult.Row(q.id(), q.text(), before.get(q.id()), afterRows.get(q.id())));
        }
        t.question("change-embedded").ifPresent(q -> rows.add(new ReAuditResult.Row(q.id(), q.text(), null,
                afterRows.get(q.id()))));
        return Optional.of(new ReAuditResult(id, e.getReauditCycleId(), after.cycleName(), after.progress(), rows));
    }

    // --- helpers ---

    private ReAuditProposal proposal(ActionItemEntity e) {
        TemplateDefinition t = reAuditTemplate();
        LocalDate from = LocalDate.ofInstant(e.getCreatedAt(), zone());
        return new ReAuditProposal(e.getId(), t.id(), t.version(), rechecked(e, t), from, REAUDIT_SAMPLE_SIZE,
                Sampler.generateSeed(), today().plusDays(REAUDIT_DUE_DAYS));
    }

    /** The action's questions that the re-audit template re-asks (its sourceQuestion names them). */
    private static List<ReAuditProposal.Question> rechecked(ActionItemEntity e, TemplateDefinition reAudit) {
        Set<String> wanted = new LinkedHashSet<>(e.getQuestionIds());
        List<ReAuditProposal.Question> list = new ArrayList<>();
        for (QuestionDefinition q : reAudit.questions().toList()) {
            String source = q.sourceQuestion();
            if (source == null) {
                continue;
            }
            String[] parts = source.split("/", 2);
            boolean sameTemplate = e.getTemplateId() == null || parts.length < 2 || parts[0].equals(e.getTemplateId());
            String sourceId = parts.length < 2 ? parts[0] : parts[1];
            if (sameTemplate && wanted.contains(sourceId)) {
                list.add(new ReAuditProposal.Question(q.id(), q.text()));
            }
        }
        return list;
    }

    private TemplateDefinition reAuditTemplate() {
        int version = templates.versions(REAUDIT_TEMPLATE).stream().mapToInt(TemplateVersionSummary::version).max()
                .orElseThrow(() -> new ActionPlanException("The re-audit template is not loaded"));
        return templates.find(REAUDIT_TEMPLATE, version)
                .orElseThrow(() -> new ActionPlanException("The re-audit template is not loaded"));
    }

    private String reAuditName(ActionItemEntity e) {
        // named by the theme, not the issue text: the name is printed on every page of the cycle's reports, and the
        // issue's counts of files must not travel with it
        String base = "Re-audit of A-" + e.getId() + ": " + (e.getTheme() == null || e.getTheme().isBlank()
                ? abbreviate(e.getIssue().replaceAll("\\s+", " "), 120) : Theme.label(e.getTheme()));
        Set<String> names = new java.util.HashSet<>();
        cycles.periods().forEach(c -> names.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        String name = base;
        for (int n = 2; names.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /**
     * The issue as a person would write it, one plain sentence from the theme's counts: "In 7 of 10 files,
     * parental consent to share information was not sought or not recorded at contact." The lead edits it before it goes anywhere.
     */
    static String issueOf(Theme t) {
        Theme.ThemeQuestion top = t.questions().getFirst();
        String what = top.findingText() == null || top.findingText().isBlank()
                ? t.label() + ": \u201c" + stripStop(top.question()) + "\u201d was not met"
                : stripStop(top.findingText());
        String files = t.files() + " of " + t.auditedFiles() + (t.auditedFiles() == 1 ? " file" : " files");
        String more = t.questions().size() > 1 ? " (with " + (t.questions().size() - 1) + " related "
                + (t.questions().size() == 2 ? "finding" : "findings") + " in the same theme)" : "";
        String lower = what.length() > 1 && Character.isLowerCase(what.charAt(1))
                ? Character.toLowerCase(what.charAt(0)) + what.substring(1) : what;
        return "In " + files + ", " + lower + more + ".";
    }

    /** One plain sentence: the template's first suggested action for the theme, for the lead to edit. */
    static String actionOf(Theme t) {
        return t.questions().stream().map(Theme.ThemeQuestion::suggestedAction).filter(Objects::nonNull)
                .map(s -> s.strip().replaceAll("\\s+", " ")).filter(s -> !s.isEmpty()).findFirst()
                .map(s -> s.endsWith(".") ? s : s + ".")
                .orElse("To be agreed: write what the service will do about " + t.label().toLowerCase(
                        java.util.Locale.UK) + ".");
    }

    private static String stripStop(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        while (t.endsWith(".") || t.endsWith("?")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private void checkForm(ActionForm form) {
        if (form.issue() == null || form.issue().isBlank()) {
            throw new ActionPlanException("Describe the issue identified");
        }
        if (form.action() == null || form.action().isBlank()) {
            throw new ActionPlanException("Describe the action the service takes");
        }
        if (form.status() == ActionStatus.COMPLETE) {
            throw new ActionPlanException("Complete an action with its evidence (Close), not by changing its status");
        }
        if (form.deliveryGroupId() != null && !groups.existsById(form.deliveryGroupId())) {
            throw new ActionPlanException("There is no delivery group " + form.deliveryGroupId());
        }
        ISSUE.problem(form.issue().strip())
                .or(() -> ACTION.problem(form.action().strip()))
                .or(() -> OWNER_NAME.problem(form.ownerName() == null ? null : form.ownerName().strip()))
                .ifPresent(problem -> {
                    throw new ActionPlanException(problem);
                });
    }

    /**
     * A new owner must be one of the council's {@link #possibleOwners()}: another council's user (or no user) is not
     * found (decision 0012). An owner kept unchanged is left alone, even if they have since been disabled.
     */
    private void checkOwner(ActionForm form, String currentOwner) {
        String owner = blankToNull(form.ownerUsername());
        if (owner == null || owner.equals(currentOwner)) {
            return;
        }
        if (!ownersByName().containsKey(owner)) {
            throw new ActionPlanException("There is no user " + owner + " who can own actions");
        }
    }

    private static void apply(ActionItemEntity e, ActionForm f) {
        e.describe(f.issue().strip(), f.action().strip(), blankToNull(f.ownerUsername()), blankToNull(f.ownerName()),
                f.dueDate(), f.status() == null ? ActionStatus.NOT_STARTED : f.status());
        e.ownedByGroup(f.deliveryGroupId());
    }

    private static String describe(ActionItemEntity e) {
        return "owner " + Objects.requireNonNullElse(e.getOwnerName(), "-") + "/"
                + Objects.requireNonNullElse(e.getOwnerUsername(), "-")
                + (e.getDeliveryGroupId() == null ? "" : ", delivery group " + e.getDeliveryGroupId()) + ", due "
                + (e.getDueDate() == null ? "-" : e.getDueDate()) + ", " + e.getStatus() + ", issue '"
                + abbreviate(e.getIssue(), 80) + "'";
    }

    private List<ActionItem> items(List<ActionItemEntity> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ActionItem.ProgressNote>> byAction = new HashMap<>();
        for (ProgressNoteEntity n : notes.findByActionIdInOrderByIdAsc(list.stream().map(ActionItemEntity::getId)
                .toList())) {
            byAction.computeIfAbsent(n.getActionId(), k -> new ArrayList<>())
                    .add(new ActionItem.ProgressNote(n.getNotedOn(), n.getNotedAt(), n.getAuthor(), n.getNote()));
        }
        Map<Long, String> names = new HashMap<>();
        if (currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN)
                || currentUser.hasRole(Roles.PANEL_VIEWER)) {
            // owners without a reading role see their actions with the cycle's number only
            cycles.periods().forEach(c -> names.put(c.id(), c.name()));
        }
        Map<String, String[]> owners = owners(list);
        Map<Long, DeliveryGroupEntity> groupsById = new HashMap<>();
        if (list.stream().anyMatch(e -> e.getDeliveryGroupId() != null)) {
            groups.findAll().forEach(g -> groupsById.put(g.getId(), g));
        }
        LocalDate today = today();
        return list.stream().map(e -> item(e, today, names, owners, groupsById,
                byAction.getOrDefault(e.getId(), List.of()))).toList();
    }

    /**
     * Name and role of each owning user (username to {full name, "Auditor, South Assessment Team"}). Read with the
     * audit lead's rights for whoever reads the plan: owners are staff, and the plan shows them by name and role
     * (the panel by role only) rather than by username.
     */
    private Map<String, String[]> owners(List<ActionItemEntity> list) {
        Set<String> wanted = new java.util.HashSet<>();
        list.forEach(e -> {
            if (e.getOwnerUsername() != null) {
                wanted.add(e.getOwnerUsername());
            }
        });
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String[]> owners = new HashMap<>();
        org.caseaudit.security.RunAs.run(currentUser.usernameOrSystem(), () -> {
            for (Role r : List.of(Role.AUDIT_LEAD, Role.MODERATOR, Role.AUDITOR, Role.INDEPENDENT_MEMBER,
                    Role.ADMIN)) {
                for (UserSummary u : users.findEnabledWithRole(r)) {
                    if (wanted.contains(u.username()) && !owners.containsKey(u.username())) {
                        owners.put(u.username(), new String[] {u.fullName(), r.label()
                                + (u.team() == null || u.team().isBlank() ? "" : ", " + u.team())});
                    }
                }
            }
        }, Roles.AUDIT_LEAD);
        return owners;
    }

    private ActionItem item(ActionItemEntity e) {
        return items(List.of(e)).getFirst();
    }

    private static ActionItem item(ActionItemEntity e, LocalDate today, Map<Long, String> names,
            Map<String, String[]> owners, Map<Long, DeliveryGroupEntity> groups, List<ActionItem.ProgressNote> notes) {
        String[] owner = e.getOwnerUsername() == null ? null : owners.get(e.getOwnerUsername());
        DeliveryGroupEntity group = e.getDeliveryGroupId() == null ? null : groups.get(e.getDeliveryGroupId());
        return new ActionItem(e.getId(), e.getVersion(), e.getSourceCycleId(),
                e.getSourceCycleId() == null ? null : names.getOrDefault(e.getSourceCycleId(),
                        "Cycle " + e.getSourceCycleId()), e.getTemplateId(), e.getTheme(), e.getQuestionIds(),
                e.getIssue(), e.getActionText(), e.getOwnerUsername(), e.getOwnerName(),
                owner == null ? null : owner[0], owner == null ? null : owner[1], e.getDeliveryGroupId(),
                group == null ? null : group.getName(), group == null ? null : group.getChair(), e.getDueDate(),
                e.getStatus(), ActionRules.overdue(e.getStatus(), e.getDueDate(), today),
                ActionRules.rag(e.getStatus(), e.getDueDate(), today),
                ActionRules.reason(e.getStatus(), e.getDueDate(), today), e.getEvidence(), e.getCompletedOn(),
                e.getCompletedBy(), e.getReauditCycleId(), e.getCreatedBy(), e.getCreatedAt(), notes);
    }

    private ActionItemEntity load(long id) {
        return actions.findById(id).orElseThrow(() -> new ActionPlanException("There is no action A-" + id));
    }

    private ActionItemEntity load(long id, long expectedVersion) {
        ActionItemEntity e = load(id);
        if (e.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ActionItemEntity.class, id);
        }
        return e;
    }

    private void checkReader(ActionItemEntity e) {
        boolean reader = currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN)
                || currentUser.hasRole(Roles.PANEL_VIEWER);
        if (!reader && !currentUser.username().map(u -> u.equals(e.getOwnerUsername())).orElse(false)) {
            throw new AccessDeniedException("Action A-" + e.getId() + " is not yours");
        }
    }

    private String me() {
        return currentUser.required();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
