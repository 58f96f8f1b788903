package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.caseaudit.audit.internal.AnswerEntity;
import org.caseaudit.audit.internal.AnswerRepository;
import org.caseaudit.audit.internal.AnswerStore;
import org.caseaudit.audit.internal.CaseAuditEntity;
import org.caseaudit.audit.internal.CaseAuditRepository;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.CycleWork;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.cases.CaseTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.Derivation;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateNotFoundException;
import org.caseaudit.templates.TemplateService;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit workspace's service and security boundary. An auditor (or moderator, or independent member) reaches only
 * the audits assigned to them: anything else is refused with {@link AccessDeniedException}, not merely hidden. The
 * audit lead and administrators read every audit; only the audit lead reopens one.
 * <p>
 * Optimistic locking is <b>per answer</b>: each question's row has its own version, so autosaves of different
 * questions (even from two tabs) never clash and two saves of the same question typed against the same version do
 * ({@link AnswerConflictException}). Answer saves hold a shared lock on the audit row and transitions an exclusive
 * one, so no answer slips in after a submission.
 */
@Service
public class AuditService {

    static final String TARGET = "case_audit";

    private final CaseAuditRepository audits;
    private final AnswerRepository answers;
    private final AnswerStore answerStore;
    private final TemplateService templates;
    private final CaseRegisterService register;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager em;
    private final AuditCycleService cycles;
    private final SampleService samples;
    private final Map<String, TemplateDefinition> templateCache = new ConcurrentHashMap<>();
    private org.springframework.context.ApplicationEventPublisher events = e -> { };

    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }

    AuditService(CaseAuditRepository audits, AnswerRepository answers, AnswerStore answerStore,
            TemplateService templates, CaseRegisterService register, ApplicationEventPublisher trail,
            CurrentUser currentUser, Clock clock, EntityManager em, AuditCycleService cycles, SampleService samples) {
        this.audits = audits;
        this.answers = answers;
        this.answerStore = answerStore;
        this.templates = templates;
        this.register = register;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.em = em;
        this.cycles = cycles;
        this.samples = samples;
    }

    /**
     * Creates the audits (and moderations) of assigned cases; an assignment already made is skipped. Returns the ids of
     * the audits (not moderations) in assignment order. Refused, before anything is written, when an assignment names
     * a cycle or case the current council does not have (another council's is not found, decision 0012).
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public List<Long> assign(List<AuditAssignment> assignments) {
        assignments.stream().map(AuditAssignment::cycleId).distinct().filter(id -> !cycles.exists(id)).findFirst()
                .ifPresent(id -> {
                    throw new AuditStateException("There is no audit cycle " + id);
                });
        assignments.stream().map(AuditAssignment::caseId).distinct().filter(id -> !register.exists(id)).findFirst()
                .ifPresent(id -> {
                    throw new AuditStateException("There is no case " + id + " in the case register");
                });
        return create(assignments).audits();
    }

    /** The audits and moderations one creation made (audit ids in assignment order). */
    private record Created(List<Long> audits, int moderations) {
    }

    private Created create(List<AuditAssignment> assignments) {
        List<Long> ids = new ArrayList<>();
        int moderations = 0;
        for (AuditAssignment a : assignments) {
            template(a.templateId(), a.templateVersion());
            if (audits.existsByCycleIdAndCaseIdAndKind(a.cycleId(), a.caseId(), AuditKind.AUDIT)) {
                continue;
            }
            CaseAuditEntity audit = audits.save(new CaseAuditEntity(a.cycleId(), a.caseId(), a.caseReference(),
                    a.templateId(), a.templateVersion(), AuditKind.AUDIT, null, a.blindModeration(), a.auditor(),
                    a.dueDate(), clock.instant()));
            ids.add(audit.getId());
            trail.publishEvent(new CaseAuditTrail.AuditAssigned(audit.getId(), a.cycleId(), a.caseReference(),
                    a.auditor()));
            if (a.moderator() != null) {
                CaseAuditEntity moderation = audits.save(new CaseAuditEntity(a.cycleId(), a.caseId(),
                        a.caseReference(), a.templateId(), a.templateVersion(), AuditKind.MODERATION, audit.getId(),
                        a.blindModeration(), a.moderator(), a.dueDate(), clock.instant()));
                moderations++;
                trail.publishEvent(new CaseAuditTrail.ModerationAssigned(moderation.getId(), audit.getId(),
                        a.blindModeration(), a.moderator()));
            }
        }
        publishAssigned(assignments, ids.size());
        return new Created(ids, moderations);
    }

    /** One {@link WorkAssigned} per person given work by this creation (counts only). */
    private void publishAssigned(List<AuditAssignment> assignments, int created) {
        if (created == 0) {
            return;
        }
        Map<String, int[]> perUser = new java.util.TreeMap<>();
        for (AuditAssignment a : assignments) {
            perUser.computeIfAbsent(a.auditor(), u -> new int[2])[0]++;
            if (a.moderator() != null) {
                perUser.computeIfAbsent(a.moderator(), u -> new int[2])[1]++;
            }
        }
        perUser.forEach((user, n) -> events.publishEvent(new WorkAssigned(user, n[0], n[1])));
    }

    /** The current user's own audits and moderations, soonest due first. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<AuditSummary> myAudits() {
        String me = me();
        return summaries(audits.findByAuditorOrderByDueDateAscIdAsc(me));
    }

    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AuditSummary> cycleAudits(long cycleId) {
        return summaries(audits.findByCycleIdOrderByIdAsc(cycleId));
    }

    /** The audit cycles of the sampling module, newest first, and any other cycle audits were created for. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Long> cycles() {
        return List.copyOf(cycleNames().keySet());
    }

    /**
     * The cycles of {@link #cycles()}, in the same order, with their names ("Cycle <id>" for one the sampling module
     * does not list): a list's labels from one read, where {@link #cycleName} per label read every cycle once a label.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public java.util.SequencedMap<Long, String> cycleNames() {
        java.util.LinkedHashMap<Long, String> names = new java.util.LinkedHashMap<>();
        // the periods, not list(): a name needs neither the cycle's sample nor its frame and design parsed
        cycles.periods().forEach(c -> names.put(c.id(), c.name()));
        audits.cycleIds().forEach(id -> names.putIfAbsent(id, unnamed(id)));
        return names;
    }

    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public String cycleName(long cycleId) {
        // the periods, not list(): every cycle's summary read its sample (a query a cycle, each case audit report)
        return cycles.periods().stream().filter(c -> c.id() == cycleId).findFirst()
                .map(org.caseaudit.sampling.CyclePeriod::name).orElse(unnamed(cycleId));
    }

    /** The name of a cycle the sampling module does not list (one with audits only). */
    private static String unnamed(long cycleId) {
        return "Cycle " + cycleId;
    }

    /**
     * Creates the audits (and moderations) of a sampling cycle from its locked, assigned sample: one per active item
     * with an auditor; moderation blind or open as the cycle says. Items already audited are skipped. Returns the ids
     * of the new audits.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public List<Long> createForCycle(long cycleId) {
        return create(cycleAssignments(cycleId)).audits();
    }

    /**
     * As {@link #createForCycle}, counting both kinds of work: "10 audits and 2 moderations created". A cycle without
     * a checklist, sample or assignment creates nothing and says why.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public CycleWork createWorkForCycle(long cycleId) {
        List<AuditAssignment> assignments;
        try {
            assignments = cycleAssignments(cycleId);
        } catch (AuditStateException e) {
            return CycleWork.none(e.getMessage().toLowerCase(java.util.Locale.ROOT));
        }
        Created created = create(assignments);
        return new CycleWork(created.audits().size(), created.moderations(), null);
    }

    private List<AuditAssignment> cycleAssignments(long cycleId) {
        CycleSummary cycle = cycles.get(cycleId);
        if (cycle.templateId() == null || cycle.templateVersion() == null) {
            throw new AuditStateException("The cycle names no checklist template version");
        }
        SampleRecord sample = samples.sample(cycleId)
                .orElseThrow(() -> new AuditStateException("The cycle has no sample yet"));
        if (!sample.locked()) {
            throw new AuditStateException("Assign the sample to auditors first");
        }
        return sample.activeItems().stream().filter(i -> i.auditor() != null)
                .map(i -> new AuditAssignment(cycleId, i.caseId(), i.caseReference(),
                        cycle.templateId(), cycle.templateVersion(), i.auditor(), i.moderator(),
                        cycle.blindModeration(),
                        cycle.dueDate()))
                .toList();
    }

    /** The current user's audit (or moderation) of a case in a cycle, for links from the sampling module's lists. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findMine(long cycleId, long caseId, AuditKind kind) {
        String me = me();
        return audits.findByAuditorOrderByDueDateAscIdAsc(me).stream()
                .filter(a -> a.getCycleId() == cycleId && a.getCaseId() == caseId && a.getKind() == kind)
                .map(CaseAuditEntity::getId).findFirst();
    }

    /**
     * Opens an audit to read or work on it. Opening writes nothing but the audit-trail entry for the case facts: an
     * audit that has not started stays so (its auditor's first saved answer or grade starts it, see
     * {@link #saveAnswer}), and its questions are shown with the proposals derived from the case data now, without
     * answer rows.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public AuditDetails open(long auditId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> notFound(auditId));
        boolean own = audit.getAuditor().equals(me());
        if (!own && !isLead()) {
            throw denied(auditId);
        }
        TemplateDefinition template = template(audit.getTemplateKey(), audit.getTemplateVersion());
        boolean restricted = currentUser.hasRole(Roles.INDEPENDENT_MEMBER) && !isLead();
        // the register writes the opening's one trail row (naming this audit); a withheld case writes it here
        CaseFacts file = caseFile(audit, template, restricted);
        LocalDate today = LocalDate.now(clock);
        CaseFactsView facts = CaseFactsViews.of(file, template, restricted);
        List<AnswerState> states = audit.getStatus() == AuditStatus.NOT_STARTED
                ? proposals(template, file, today)
                : answers.findByCaseAuditIdOrderByPosition(auditId).stream().map(AnswerEntity::state).toList();
        return details(audit, template, states, facts, own);
    }

    /** The audit's register entry: as much of it as the current user's role is shown. */
    private CaseFacts caseFile(CaseAuditEntity audit, TemplateDefinition template, boolean restricted) {
        try {
            // the register's facts and its one timescale evaluation; an independent member gets only the fields the
            // template's derivations read
            return (restricted ? register.openMinimalFacts(audit.getCaseId(), CaseFactsViews.fieldsUsed(template),
                    audit.getId()) : register.openFacts(audit.getCaseId(), audit.getId()))
                    .orElseThrow(() -> new AuditStateException("Case " + audit.getCaseReference()
                            + " is no longer in the case register"));
        } catch (AccessDeniedException e) {
            // a role the register shows no case facts to: the audit goes on without (and without timescales)
            trail.publishEvent(new CaseTrail.CaseViewed(audit.getCaseId(), "-", audit.getCaseReference(),
                    audit.getId(), " (facts withheld)"));
            return withheld(audit.getCaseId(), audit.getCaseReference());
        }
    }

    /** A case whose facts the register does not show to the current user: only its reference is known. */
    private static CaseFacts withheld(long caseId, String caseReference) {
        return new CaseFacts(caseId, null, CaseData.of(Map.of(CaseField.CASE_REFERENCE, caseReference)), null, 0,
                null);
    }

    /** The questions of an audit not yet started, unanswered, with what the case data proposes today. */
    private static List<AnswerState> proposals(TemplateDefinition template, CaseFacts file, LocalDate today) {
        List<AnswerState> list = new ArrayList<>();
        for (QuestionDefinition q : template.questions().toList()) {
            Derivation d = q.derivation();
            DerivedAnswer derived = d == null ? null : Derivations.derive(d, q.scale(), file, today);
            list.add(new AnswerState(q.id(), null, null, null, d == null ? null : d.name(),
                    derived == null ? null : derived.value(), derived == null ? null : derived.provenance(), null, 0,
                    null, null));
        }
        return list;
    }

    /**
     * Starts the current user's own audit if it has not started: its answer rows are created with the proposals
     * derived from the case data, and the template version is marked used. Called by the first save of an answer or
     * the grade (and by a submission), never by opening. Returns the audit, locked for the transition.
     */
    private CaseAuditEntity startIfNotStarted(long auditId) {
        CaseAuditEntity audit = audits.findForTransition(auditId).orElseThrow(() -> notFound(auditId));
        if (audit.getStatus() != AuditStatus.NOT_STARTED || !audit.getAuditor().equals(me())) {
            return audit;
        }
        TemplateDefinition template = template(audit.getTemplateKey(), audit.getTemplateVersion());
        boolean restricted = currentUser.hasRole(Roles.INDEPENDENT_MEMBER) && !isLead();
        CaseFacts file = caseFile(audit, template, restricted);
        LocalDate today = LocalDate.now(clock);
        audit.start(clock.instant());
        createAnswers(audit, template, file, today);
        templates.markUsed(template.id(), template.version());
        trail.publishEvent(new CaseAuditTrail.AuditStarted(auditId, audit.getCaseReference()));
        em.flush();
        return audit;
    }

    /**
     * Saves one question's answer (autosave); returns it as stored, with its new version. One plain read fetches the
     * answer and what the checks need of its audit; one UPDATE then takes the audit's shared lock, checks the audit is
     * still in progress and the answer still at the version read, and (the table being system-versioned) keeps the
     * version it replaces in the answer's history (see {@link AnswerStore}). So a save never slips in after a
     * submission nor overwrites a save it has not seen. The change is not also written to the audit trail: the
     * answer's history already holds who changed it, when, and from what to what.
     * <p>
     * Under load InnoDB may end the save as a deadlock's victim (the UPDATE locks the answer and, shared, its audit);
     * the whole transaction is then rolled back and is retried, outside the transaction, up to three times.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD})
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = 3, delay = 50, jitter = 25,
            multiplier = 2)
    @Transactional
    public AnswerState saveAnswer(long auditId, AnswerInput input) {
        // a caller's transaction that changed entities of its own (a test that rolls back) must have them in the
        // database before the plain SQL below reads and checks it; with nothing loaded this writes nothing
        em.flush();
        return save(auditId, input);
    }

    /**
     * Saves several answers of one audit in one transaction, in order, under the rules of {@link #saveAnswer} (the
     * same checks per answer, each against the answer as read or as saved earlier in this call; the same UPDATE per
     * changed answer, sent as one batch after the checks; one history row per changed answer); returns them as
     * stored. All or none: a refusal or clash of any answer rolls the whole call back. For callers that have a whole
     * audit's answers at once (the demo loader, decision 0036); the workspace saves one answer per change.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD})
    @Retryable(includes = PessimisticLockingFailureException.class, maxRetries = 3, delay = 50, jitter = 25,
            multiplier = 2)
    @Transactional
    public List<AnswerState> saveAnswers(long auditId, List<AnswerInput> inputs) {
        em.flush();
        List<AnswerState> saved = new ArrayList<>(inputs.size());
        Map<String, AnswerStore.SaveTarget> targets = answerStore.forSave(auditId);
        int i = 0;
        // no answer rows yet (not started, or no audit of this council): the first save starts it or says why not
        while (targets.isEmpty() && i < inputs.size()) {
            saved.add(save(auditId, inputs.get(i++)));
            targets = answerStore.forSave(auditId);
        }
        // the rest: every check of saveAnswer first, against the answers as read and as this call saves them, then
        // the UPDATEs in one batch
        String me = me();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
        List<AnswerStore.Change> changes = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (; i < inputs.size(); i++) {
            AnswerInput input = inputs.get(i);
            AnswerStore.SaveTarget target = targets.get(input.questionId());
            if (target == null) {
                checkSave(auditId, targets.values().iterator().next().audit(), input);
                throw new AuditStateException("No answer row for " + input.questionId());
            }
            AnswerState before = target.answer();
            AnswerChange change = checkedChange(auditId, target, input);
            if (change == null) {
                saved.add(before);
                continue;
            }
            AnswerState after = new AnswerState(before.questionId(), change.value(), change.evidenceNote(),
                    change.fileReference(), before.derivation(), before.derivedValue(), before.derivedProvenance(),
                    change.overrideReason(), before.version() + 1, me, now);
            changes.add(new AnswerStore.Change(target.answerId(), before.version(), change.value(),
                    change.evidenceNote(), change.fileReference(), change.overrideReason()));
            changed.add(input.questionId());
            targets.put(input.questionId(), new AnswerStore.SaveTarget(target.answerId(), after, target.audit()));
            saved.add(after);
        }
        boolean[] written = answerStore.update(changes, me, now);
        for (int k = 0; k < written.length; k++) {
            if (!written[k]) {
                // as in saveAnswer: a submission came first, or another save of this answer did
                CaseAuditEntity.checkAnswerable(answerStore.lockedStatus(auditId).orElseThrow(() -> notFound(auditId)));
                throw new AnswerConflictException(changed.get(k), null);
            }
        }
        changes.forEach(c -> em.detach(em.getReference(AnswerEntity.class, c.answerId())));
        return saved;
    }

    /** The change {@code input} makes to its answer after every check of a save; null when it changes nothing. */
    private AnswerChange checkedChange(long auditId, AnswerStore.SaveTarget target, AnswerInput input) {
        checkSave(auditId, target.audit(), input);
        AnswerState before = target.answer();
        if (before.version() != input.expectedVersion()) {
            throw new AnswerConflictException(input.questionId(), before);
        }
        AnswerChange change = AnswerChange.of(input);
        return change.changes(before) ? change : null;
    }

    private AnswerState save(long auditId, AnswerInput input) {
        AnswerStore.SaveTarget target = answerStore.forSave(auditId, input.questionId()).orElse(null);
        if (target == null && answerStore.audit(auditId).filter(a -> a.status() == AuditStatus.NOT_STARTED
                && a.auditor().equals(me())).isPresent()) {
            // the auditor's first answer starts the audit
            startIfNotStarted(auditId);
            target = answerStore.forSave(auditId, input.questionId()).orElse(null);
            if (target == null) {
                // another tab's first answer started it while this one waited: its rows are past this read's
                // snapshot, so the save is told as the clash it is (the view then loads the answer as it stands)
                throw new AnswerConflictException(input.questionId(), null);
            }
        }
        if (target == null) {
            // no such answer row: refuse for the first reason that applies, as for a row that exists
            checkSave(auditId, answerStore.audit(auditId).orElseThrow(() -> notFound(auditId)), input);
            throw new AuditStateException("No answer row for " + input.questionId());
        }
        AnswerState before = target.answer();
        AnswerChange change = checkedChange(auditId, target, input);
        if (change == null) {
            return before;
        }
        String me = me();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
        if (!answerStore.update(target.answerId(), before.version(), change.value(), change.evidenceNote(),
                change.fileReference(), change.overrideReason(), me, now)) {
            // the UPDATE changed nothing: the audit left 'in progress' (a submission came first) or, if not, another
            // save of this answer did
            CaseAuditEntity.checkAnswerable(answerStore.lockedStatus(auditId).orElseThrow(() -> notFound(auditId)));
            throw new AnswerConflictException(input.questionId(), null);
        }
        // the UPDATE went past Hibernate: a copy of this answer the caller's transaction may hold is let go, so its
        // next read loads the answer as saved (getReference makes no query; not refresh: the entity is @Immutable)
        em.detach(em.getReference(AnswerEntity.class, target.answerId()));
        return new AnswerState(before.questionId(), change.value(), change.evidenceNote(), change.fileReference(),
                before.derivation(), before.derivedValue(), before.derivedProvenance(), change.overrideReason(),
                before.version() + 1, me, now);
    }

    private void checkSave(long auditId, AnswerStore.AuditToSave target, AnswerInput input) {
        if (!target.auditor().equals(me())) {
            throw denied(auditId);
        }
        CaseAuditEntity.checkAnswerable(target.status());
        QuestionDefinition question = template(target.templateKey(), target.templateVersion())
                .question(input.questionId())
                .orElseThrow(() -> new AuditStateException("No question " + input.questionId() + " in this template"));
        if (!SubmitCheck.acceptable(question, input.value())) {
            throw new AuditStateException("\u201c" + input.value() + "\u201d is not an answer on the scale "
                    + question.scale().label());
        }
    }

    /** The answer to one question as it now stands (after a conflict, to show what changed). */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public AnswerState answer(long auditId, String questionId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> notFound(auditId));
        checkReader(audit);
        return answers.findByCaseAuditIdAndQuestionKey(auditId, questionId).map(AnswerEntity::state)
                .orElseThrow(() -> new AuditStateException("No answer for " + questionId));
    }

    /** The audit's status and version as they stand. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public AuditStage stage(long auditId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> notFound(auditId));
        checkReader(audit);
        return new AuditStage(audit.getStatus(), audit.getVersion());
    }

    /** Saves the overall grade, rationale and strengths; returns the audit's new version. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD})
    @Transactional
    public long saveGrade(long auditId, GradeInput input) {
        CaseAuditEntity audit = audits.findForTransition(auditId).orElseThrow(() -> notFound(auditId));
        checkOwner(audit);
        if (audit.getVersion() != input.expectedVersion()) {
            throw new AuditStateException(
                    "The overall grade was changed elsewhere since you opened the audit: reload to"
                    + " see it (grade now " + Objects.requireNonNullElse(audit.getOverallGrade(), "not given") + ")");
        }
        String before = audit.getOverallGrade();
        startIfNotStarted(auditId); // a grade given first starts the audit too
        audit.grade(blankToNull(input.grade()), blankToNull(input.rationale()), blankToNull(input.strengths()));
        em.flush();
        trail.publishEvent(new CaseAuditTrail.GradeChanged(auditId, before, audit.getOverallGrade()));
        return audit.getVersion();
    }

    /** Submits the audit, or refuses naming every missing answer, note, reason and the grade. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD})
    @Transactional
    public void submit(long auditId) {
        CaseAuditEntity audit = audits.findForTransition(auditId).orElseThrow(() -> notFound(auditId));
        checkOwner(audit);
        // submitting an audit never started lists everything missing; the refusal rolls the start back
        startIfNotStarted(auditId);
        TemplateDefinition template = template(audit.getTemplateKey(), audit.getTemplateVersion());
        Map<String, AnswerState> states = answers.findByCaseAuditIdOrderByPosition(auditId).stream()
                .map(AnswerEntity::state).collect(Collectors.toMap(AnswerState::questionId, s -> s));
        audit.submit(SubmitCheck.missing(template, states, audit.getOverallGrade(), audit.getGradeRationale()),
                clock.instant());
        trail.publishEvent(new CaseAuditTrail.AuditSubmitted(auditId, audit.getKind(), audit.getCaseReference()));
    }

    /** Reopens a submitted audit for its auditor; the audit lead only, with a reason that is kept. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public void reopen(long auditId, String reason) {
        CaseAuditEntity audit = audits.findForTransition(auditId).orElseThrow(() -> notFound(auditId));
        audit.reopen(me(), reason, clock.instant());
        trail.publishEvent(new CaseAuditTrail.AuditReopened(auditId, reason));
    }

    /**
     * Closes a finished audit (submitted, or moderated): nothing more is expected of it and it can no longer be
     * reopened. An audit chosen for moderation closes only once its moderation is complete.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public void close(long auditId) {
        CaseAuditEntity audit = audits.findForTransition(auditId).orElseThrow(() -> notFound(auditId));
        if (audit.getKind() != AuditKind.AUDIT) {
            throw new AuditStateException("A moderation closes with the audit it moderates");
        }
        if (audit.getStatus() == AuditStatus.SUBMITTED && audits.findByModeratesAuditId(auditId).isPresent()) {
            throw new AuditStateException("This audit is chosen for moderation: complete the moderation first");
        }
        audit.close();
        trail.publishEvent(new CaseAuditTrail.AuditClosed(auditId, audit.getCaseReference()));
    }

    /** Every committed change of one answer, oldest first (who, when, the answer after the change). */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AnswerHistoryEntry> history(long auditId, String questionId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> notFound(auditId));
        checkReader(audit);
        return answerStore.history(auditId, questionId).stream()
                .map(v -> new AnswerHistoryEntry(v.number(), v.at(), v.by(), v.created() ? "created" : "changed",
                        v.value(), v.evidenceNote(), v.fileReference(), v.overrideReason()))
                .toList();
    }

    // --- shared with the moderation service (same module) ---

    TemplateDefinition template(String templateId, int version) {
        return templateCache.computeIfAbsent(templateId + "/" + version,
                k -> templates.find(templateId, version).orElseThrow(() -> new TemplateNotFoundException(
                templateId, version)));
    }

    String me() {
        return currentUser.required();
    }

    boolean isLead() {
        return currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN);
    }

    /**
     * One refusal for "not yours" and "does not exist": the same words, no id and no case reference, so that asking
     * for audits by number tells nothing about which exist or whose they are.
     */
    static AccessDeniedException denied(long auditId) {
        return new AuditUnavailableException();
    }

    static AccessDeniedException notFound(long auditId) {
        return new AuditUnavailableException();
    }

    private void checkOwner(CaseAuditEntity audit) {
        if (!audit.getAuditor().equals(me())) {
            throw denied(audit.getId());
        }
    }

    private void checkReader(CaseAuditEntity audit) {
        if (!audit.getAuditor().equals(me()) && !isLead()) {
            throw denied(audit.getId());
        }
    }

    /** The audit's answer rows, unanswered, with the proposals derived from the case data: one batch of INSERTs. */
    private void createAnswers(CaseAuditEntity audit, TemplateDefinition template, CaseFacts file, LocalDate today) {
        List<AnswerStore.NewAnswer> rows = new ArrayList<>();
        int position = 0;
        for (QuestionDefinition q : template.questions().toList()) {
            Derivation d = q.derivation();
            DerivedAnswer derived = d == null ? null : Derivations.derive(d, q.scale(), file, today);
            rows.add(new AnswerStore.NewAnswer(q.id(), position++, d == null ? null : d.name(),
                    derived == null ? null : derived.value(), derived == null ? null : derived.provenance()));
        }
        answerStore.create(audit.getId(), rows);
    }

    List<AuditSummary> summaries(List<CaseAuditEntity> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        for (AnswerEntity a : answers.findByCaseAuditIdInOrderByCaseAuditIdAscPositionAsc(
                list.stream().map(CaseAuditEntity::getId).toList())) {
            int[] c = counts.computeIfAbsent(a.getCaseAuditId(), k -> new int[1]);
            if (a.getValue() != null) {
                c[0]++;
            }
        }
        return list.stream().map(a -> summary(a, counts.getOrDefault(a.getId(), new int[1])[0])).toList();
    }

    AuditSummary summary(CaseAuditEntity a, int answered) {
        TemplateDefinition t = template(a.getTemplateKey(), a.getTemplateVersion());
        return new AuditSummary(a.getId(), a.getCycleId(), a.getCaseId(), a.getCaseReference(), a.getKind(),
                a.getModeratesAuditId(),
                a.getTemplateKey(), a.getTemplateVersion(), t.title(), a.getAuditor(), a.getDueDate(), a.getStatus(),
                answered, (int) t.questions().count(), a.getSubmittedAt());
    }

    private AuditDetails details(CaseAuditEntity a, TemplateDefinition t, List<AnswerState> states,
            CaseFactsView facts, boolean own) {
        int answered = (int) states.stream().filter(AnswerState::answered).count();
        return new AuditDetails(summary(a, answered), t, states, a.getOverallGrade(), a.getGradeRationale(),
                a.getStrengths(), a.getVersion(), a.getReopenedBy(), a.getReopenReason(), facts,
                own && (a.getStatus() == AuditStatus.IN_PROGRESS || a.getStatus() == AuditStatus.NOT_STARTED),
                currentUser.hasRole(Roles.AUDIT_LEAD) && a.isSubmitted() && a.getStatus() != AuditStatus.CLOSED);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
