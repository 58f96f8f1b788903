package org.caseaudit.multiagency;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseKey;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.findings.DisclosureControl;
import org.caseaudit.findings.DisclosureSettings;
import org.caseaudit.multiagency.internal.MultiAgencyStore;
import org.caseaudit.multiagency.internal.MultiAgencyStore.AuditRow;
import org.caseaudit.multiagency.internal.MultiAgencyStore.ChildRow;
import org.caseaudit.multiagency.internal.MultiAgencyStore.ConcernRow;
import org.caseaudit.multiagency.internal.MultiAgencyStore.ReturnRow;
import org.caseaudit.sampling.DrawResult;
import org.caseaudit.sampling.Frame;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.Sampler;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-agency audits from set-up to board report. The lead (audit lead) sets up the audit, runs the panel and
 * reports; each agency's co-ordinator completes their agency's returns and acknowledges concerns sent to it. A
 * co-ordinator sees only the audits their agency takes part in, and until the panel stage only their own agency's
 * returns (see the package documentation). Every opening and change is written to the audit trail.
 */
@Service
public class MultiAgencyService {

    static final int MAX_CHILDREN = 12;
    /**
     * The most register cases a theme filter may frame for a seeded cohort (themes are narrow; a cap keeps it fast).
     */
    static final int FRAME_LIMIT = 20_000;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MultiAgencyStore store;
    private final ReturnTemplates templates;
    private final CaseRegisterService register;
    private final ActionPlanService actionPlan;
    private final DisclosureSettings disclosure;
    private final DeliveryGroupService deliveryGroups;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean shareDateOfBirth;

    MultiAgencyService(MultiAgencyStore store, ReturnTemplates templates, CaseRegisterService register,
            ActionPlanService actionPlan, DisclosureSettings disclosure, DeliveryGroupService deliveryGroups,
            ApplicationEventPublisher trail, CurrentUser currentUser, Clock clock, @Value(
            "${caseaudit.multi-agency.share-date-of-birth:false}") boolean shareDateOfBirth) {
        this.store = store;
        this.templates = templates;
        this.register = register;
        this.actionPlan = actionPlan;
        this.disclosure = disclosure;
        this.deliveryGroups = deliveryGroups;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.shareDateOfBirth = shareDateOfBirth;
    }

    // --- set-up -----------------------------------------------------------------------------------------------------

    /**
     * Sets up an audit: cohort from the register (each case opened is trailed), one empty return per child and agency.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public AuditSummary create(AuditForm form) {
        List<Agency> agencies = checkSetUp(form);
        if (form.children().isEmpty() || form.children().size() > MAX_CHILDREN) {
            throw new MultiAgencyException("Choose between 1 and " + MAX_CHILDREN + " children for the cohort");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<CaseFacts> cases = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (AuditForm.Nomination n : form.children()) {
            String ref = n.caseReference() == null ? "" : n.caseReference().strip();
            if (n.dateOfBirth() != null && n.dateOfBirth().isAfter(today)) {
                throw new MultiAgencyException("The date of birth for case " + ref + " is in the future");
            }
            CaseFacts facts = openCase(ref);
            if (!seen.add(facts.id())) {
                throw new MultiAgencyException("Case " + ref + " is in the cohort twice");
            }
            cases.add(facts);
            births.add(n.dateOfBirth());
        }
        long auditId = insert(form, agencies, cases, births);
        trail.publishEvent(new MultiAgencyTrail.AuditCreated(auditId, form.theme().strip(),
                cases.size() + " children chosen by the lead", agencies.stream().map(Agency::name).collect(
                Collectors.joining(", "))));
        return summary(store.audit(auditId).orElseThrow());
    }

    /**
     * Sets up an audit whose cohort is a seeded simple random sample of {@code size} children within a theme filter,
     * drawn by sampling's {@link Sampler} (the same rule and random stream as every audit sample) over the register's
     * matching cases with a child reference, as numeric ids. The seed (generated when null), the filter, the frame's
     * size and SHA-256 and the rule's version are stored with the audit and trailed, so the draw can be repeated.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public AuditSummary createSampled(AuditForm form, CohortFilter filter, int size, Long seed) {
        List<Agency> agencies = checkSetUp(form);
        if (size < 1 || size > MAX_CHILDREN) {
            throw new MultiAgencyException("Draw between 1 and " + MAX_CHILDREN + " children for the cohort");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new MultiAgencyException("The filter's period ends before it starts");
        }
        CaseFilter caseFilter = new CaseFilter(filter.team() == null || filter.team().isBlank() ? null
                : filter.team().strip(), filter.from(), filter.to(), filter.outcome(), null, null);
        long[] ids = register.find(caseFilter, PageRequest.of(0, FRAME_LIMIT)).stream()
                .filter(c -> c.data().childReference() != null && !c.data().childReference().isBlank())
                .mapToLong(CaseFacts::id).toArray();
        if (ids.length < size) {
            throw new MultiAgencyException("Only " + ids.length + " cases with a child reference match "
                    + caseFilter.describe() + ": widen the filter or draw fewer children");
        }
        long usedSeed = seed == null ? Sampler.generateSeed() : seed;
        if (usedSeed < 1) {
            throw new MultiAgencyException("The seed must be a whole number of 1 or more");
        }
        Frame frame = Frame.ofNumericIds(ids);
        DrawResult draw = Sampler.draw(frame, SampleDesign.simpleRandom(new SampleSize.Fixed(size), 0), usedSeed);
        List<CaseFacts> cases = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        for (long id : draw.drawnIds()) {
            cases.add(register.openFacts(id)
                    .orElseThrow(() -> new MultiAgencyException("A drawn case could not be opened: draw again")));
            births.add(null);
        }
        long auditId = insert(form, agencies, cases, births);
        String description = caseFilter.describe() + "; with a child reference";
        store.recordCohort(auditId, new MultiAgencyStore.CohortRow("SAMPLED", description, usedSeed, frame.size(),
                draw.frameSha256(), draw.methodVersion()));
        trail.publishEvent(new MultiAgencyTrail.AuditCreated(auditId, form.theme().strip(),
                size + " children drawn with seed " + usedSeed + " from " + frame.size() + " cases (" + description
                        + "; frame SHA-256 " + draw.frameSha256() + ")", agencies.stream().map(Agency::name).collect(
                        Collectors.joining(", "))));
        return summary(store.audit(auditId).orElseThrow());
    }

    /** How the audit's cohort was chosen (no identifiers). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public Cohort cohort(long auditId) {
        if (!currentUser.hasRole(Roles.PANEL_VIEWER)) {
            visibleAudit(auditId, reader());
        }
        var row = store.cohort(auditId);
        int nominated = (int) store.children(auditId).stream().filter(c -> c.nominatedByAgencyId() != null).count();
        return new Cohort(row.method(), row.filter(), row.seed(), row.frameSize(), row.frameSha256(),
                row.methodVersion(), nominated);
    }

    /** The register's team names, for the theme filter of a seeded cohort. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional(readOnly = true)
    public List<String> teams() {
        return register.teams();
    }

    // --- nominations ------------------------------------------------------------------------------------------------

    /**
     * An agency nominates a child for the audit by case reference, with its reason (within the theme). The
     * co-ordinator never sees the register: the reference is checked only when the lead accepts.
     */
    @RolesAllowed(Roles.AGENCY_COORDINATOR)
    @Transactional
    public Nomination nominate(long auditId, String caseReference, String reason) {
        Reader reader = reader();
        AuditRow audit = visibleAudit(auditId, reader);
        if (audit.stage() != Stage.RETURNS) {
            throw new MultiAgencyException("Children can be nominated only while agencies complete their returns");
        }
        String ref = caseReference == null ? "" : caseReference.strip();
        if (ref.isEmpty() || ref.length() > 64) {
            throw new MultiAgencyException("Give the child's case reference (1 to 64 characters)");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 1000) {
            throw new MultiAgencyException("Say why this child fits the theme of " + audit.theme().toLowerCase()
                    + " (10 to 1,000 characters; no names)");
        }
        long id = store.insertNomination(auditId, reader.agency().id(), ref, why, currentUser.usernameOrSystem(),
                clock.instant());
        trail.publishEvent(new MultiAgencyTrail.ChildNominated(auditId, reader.agency().name(), ref));
        return toNomination(store.nomination(id).orElseThrow(), reader.agency());
    }

    /** The nominations the caller may see: all for the lead; a co-ordinator their own agency's. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional(readOnly = true)
    public List<Nomination> nominations(long auditId) {
        Reader reader = reader();
        AuditRow audit = visibleAudit(auditId, reader);
        Map<Long, Agency> agencies = agencies(audit);
        return store.nominations(auditId).stream().filter(n -> reader.leadOrOf(n.agencyId()))
                .map(n -> toNomination(n, agencies.get(n.agencyId()))).toList();
    }

    /**
     * The lead accepts (the child joins the cohort, with a return for every agency; the case opening is trailed) or
     * declines a nomination.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public Nomination decide(long nominationId, long expectedVersion, boolean accept) {
        var row = store.nomination(nominationId).orElseThrow(MultiAgencyUnavailableException::new);
        AuditRow audit = store.audit(row.auditId()).orElseThrow(MultiAgencyUnavailableException::new);
        if (!"PENDING".equals(row.status())) {
            throw new MultiAgencyException("This nomination has already been decided");
        }
        String who = currentUser.usernameOrSystem();
        if (accept) {
            if (audit.stage() != Stage.RETURNS) {
                throw new MultiAgencyException("The panel stage has started: no child can join the cohort now");
            }
            List<ChildRow> children = store.children(audit.id());
            if (children.size() >= MAX_CHILDREN) {
                throw new MultiAgencyException("The cohort already has " + MAX_CHILDREN + " children");
            }
            CaseFacts facts = openCase(row.caseReference());
            if (children.stream().anyMatch(c -> c.caseId() == facts.id())) {
                throw new MultiAgencyException("Case " + row.caseReference() + " is already in the cohort");
            }
            long childId = store.insertChild(audit.id(), children.size() + 1, facts.id(),
                    facts.data().childReference().strip(), null);
            store.markNominated(childId, row.agencyId());
            for (Agency a : store.agenciesOf(audit.id())) {
                store.insertReturn(audit.id(), childId, a.id(), templates.forKind(a.kind()).versionLabel());
            }
        }
        store.decideNomination(nominationId, expectedVersion, accept ? "ACCEPTED" : "DECLINED", who, clock.instant());
        trail.publishEvent(new MultiAgencyTrail.NominationDecided(audit.id(), row.caseReference(), accept));
        return toNomination(store.nomination(nominationId).orElseThrow(), store.agency(row.agencyId()).orElseThrow());
    }

    private Nomination toNomination(MultiAgencyStore.NominationRow n, Agency agency) {
        return new Nomination(n.id(), n.auditId(), agency, n.caseReference(), n.reason(), n.status(),
                n.nominatedBy(), n.nominatedAt(), n.decidedBy(), n.version());
    }

    private List<Agency> checkSetUp(AuditForm form) {
        String theme = form.theme() == null ? "" : form.theme().strip();
        if (theme.isEmpty() || theme.length() > 150) {
            throw new MultiAgencyException("Give the audit a theme of 1 to 150 characters (e.g. Neglect)");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (form.returnsDue() == null || form.returnsDue().isBefore(today)) {
            throw new MultiAgencyException("The returns deadline must be today or later");
        }
        if (form.panelDate() == null || form.panelDate().isBefore(form.returnsDue())) {
            throw new MultiAgencyException("The panel date must be on or after the returns deadline");
        }
        Set<Long> agencyIds = new LinkedHashSet<>(form.agencyIds());
        if (agencyIds.size() < 2) {
            throw new MultiAgencyException("Choose at least two agencies: a multi-agency audit needs partners");
        }
        List<Agency> agencies = new ArrayList<>();
        for (long id : agencyIds) {
            agencies.add(store.agency(id).orElseThrow(() -> new MultiAgencyException("No agency with id " + id)));
        }
        return agencies;
    }

    /** The register's case with this reference, opened (trailed by the register); it must have a child reference. */
    private CaseFacts openCase(String ref) {
        List<CaseKey> keys = register.byReference(ref);
        if (keys.isEmpty()) {
            throw new MultiAgencyException("No case with reference \"" + ref + "\" in the register");
        }
        CaseFacts facts = register.openFacts(keys.getFirst().id())
                .orElseThrow(() -> new MultiAgencyException("Case " + ref + " could not be opened"));
        if (facts.data().childReference() == null || facts.data().childReference().isBlank()) {
            throw new MultiAgencyException("Case " + ref + " has no child reference to send to agencies");
        }
        return facts;
    }

    private long insert(AuditForm form, List<Agency> agencies, List<CaseFacts> cases, List<LocalDate> births) {
        long auditId = store.insertAudit(form.theme().strip(), form.returnsDue(), form.panelDate(),
                currentUser.usernameOrSystem(), clock.instant());
        agencies.forEach(a -> store.addAgency(auditId, a.id()));
        for (int i = 0; i < cases.size(); i++) {
            CaseFacts c = cases.get(i);
            long childId = store.insertChild(auditId, i + 1, c.id(), c.data().childReference().strip(), births.get(i));
            for (Agency a : agencies) {
                store.insertReturn(auditId, childId, a.id(), templates.forKind(a.kind()).versionLabel());
            }
        }
        return auditId;
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /** The audits the caller may see: all for the lead; for a co-ordinator those their agency takes part in. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional(readOnly = true)
    public List<AuditSummary> audits() {
        Reader reader = reader();
        List<AuditRow> rows = reader.lead() ? store.audits()
                : reader.agency() == null ? List.of() : store.auditsOfAgency(reader.agency().id());
        return rows.stream().map(this::summary).toList();
    }

    /** Audits at the panel stage or completed: what a board report can be made of. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<AuditSummary> reportable() {
        return store.audits().stream().filter(a -> a.stage() != Stage.RETURNS).map(this::summary).toList();
    }

    /** Opens one audit (trailed): its summary and the cohort as the caller may see it. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional
    public AuditSummary open(long auditId) {
        AuditRow audit = visibleAudit(auditId, reader());
        trail.publishEvent(new MultiAgencyTrail.AuditOpened(auditId, audit.theme()));
        return summary(audit);
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional(readOnly = true)
    public List<Child> children(long auditId) {
        Reader reader = reader();
        visibleAudit(auditId, reader);
        return store.children(auditId).stream().map(c -> child(c, reader)).toList();
    }

    /**
     * The returns the caller may see: the lead all; a co-ordinator their own agency's while agencies are still
     * completing returns, and every agency's from the panel stage on. Answers are left out (see {@link #openReturn}).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional(readOnly = true)
    public List<AgencyReturn> returns(long auditId) {
        Reader reader = reader();
        AuditRow audit = visibleAudit(auditId, reader);
        Map<Long, ChildRow> children = children(audit);
        Map<Long, Agency> agencies = agencies(audit);
        return store.returns(auditId).stream().filter(r -> mayRead(reader, audit, r))
                .map(r -> toReturn(r, children.get(r.childId()), agencies.get(r.agencyId()), Map.of(), reader))
                .toList();
    }

    /** One return with its answers (trailed). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional
    public AgencyReturn openReturn(long returnId) {
        Reader reader = reader();
        ReturnRow row = store.returnRow(returnId).orElseThrow(MultiAgencyUnavailableException::new);
        AuditRow audit = visibleAudit(row.auditId(), reader);
        if (!mayRead(reader, audit, row)) {
            throw new MultiAgencyUnavailableException();
        }
        trail.publishEvent(new MultiAgencyTrail.ReturnOpened(returnId, audit.id(), row.agencyId()));
        return toReturn(row, children(audit).get(row.childId()), agencies(audit).get(row.agencyId()),
                store.answers(returnId), reader);
    }

    /** The questions an agency of this kind answers (common core, then its own). */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    public ReturnTemplate template(AgencyKind kind) {
        return templates.forKind(kind);
    }

    // --- returns ----------------------------------------------------------------------------------------------------

    /** Saves a draft of the caller's agency's return (autosave); answers are checked against the template. */
    @RolesAllowed(Roles.AGENCY_COORDINATOR)
    @Transactional
    public AgencyReturn saveReturn(long returnId, long expectedVersion, Map<String, String> answers) {
        return write(returnId, expectedVersion, answers, false);
    }

    /** Submits the caller's agency's return: every question answered, notes where the template requires them. */
    @RolesAllowed(Roles.AGENCY_COORDINATOR)
    @Transactional
    public AgencyReturn submitReturn(long returnId, long expectedVersion, Map<String, String> answers) {
        return write(returnId, expectedVersion, answers, true);
    }

    private AgencyReturn write(long returnId, long expectedVersion, Map<String, String> answers, boolean submit) {
        Reader reader = reader();
        ReturnRow row = store.returnRow(returnId).orElseThrow(MultiAgencyUnavailableException::new);
        if (!reader.of(row.agencyId())) {
            throw new MultiAgencyUnavailableException();
        }
        AuditRow audit = visibleAudit(row.auditId(), reader);
        if (audit.stage() != Stage.RETURNS) {
            throw new MultiAgencyException("The audit has moved to the " + audit.stage().label().toLowerCase()
                    + " stage: returns can no longer be changed");
        }
        if (row.status() == ReturnStatus.SUBMITTED) {
            throw new MultiAgencyException("This return has been submitted and can no longer be changed");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        answers.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                clean.put(k, v.strip());
            }
        });
        ReturnTemplate template = templates.forKind(reader.agency().kind());
        ReturnTemplates.checkDraft(template, clean);
        if (submit) {
            List<String> missing = ReturnTemplates.missing(template, clean);
            if (!missing.isEmpty()) {
                throw new MultiAgencyException("The return cannot be submitted yet. " + String.join("; ", missing));
            }
        }
        store.saveReturn(returnId, expectedVersion, clean, submit ? ReturnStatus.SUBMITTED : ReturnStatus.DRAFT,
                currentUser.usernameOrSystem(), clock.instant());
        trail.publishEvent(new MultiAgencyTrail.ReturnSaved(returnId, submit, clean.size()));
        ReturnRow saved = store.returnRow(returnId).orElseThrow();
        return toReturn(saved, children(audit).get(saved.childId()), reader.agency(), store.answers(returnId), reader);
    }

    // --- panel ------------------------------------------------------------------------------------------------------

    /** Moves the audit to the panel stage: returns are closed and every agency may read every return. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public AuditSummary startPanel(long auditId, long expectedVersion) {
        AuditRow audit = store.audit(auditId).orElseThrow(MultiAgencyUnavailableException::new);
        if (audit.stage() != Stage.RETURNS) {
            throw new MultiAgencyException("The panel stage has already started");
        }
        long submitted = store.returns(auditId).stream().filter(r -> r.status() == ReturnStatus.SUBMITTED).count();
        if (submitted == 0) {
            throw new MultiAgencyException("No agency has submitted a return yet: the panel has nothing to read");
        }
        store.setStage(auditId, expectedVersion, Stage.PANEL, null);
        trail.publishEvent(new MultiAgencyTrail.PanelStarted(auditId, submitted));
        return summary(store.audit(auditId).orElseThrow());
    }

    /** One child at the panel (trailed): every submitted return side by side, conclusions and concerns so far. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional
    public PanelChild panelChild(long auditId, long childId) {
        Reader reader = reader();
        AuditRow audit = visibleAudit(auditId, reader);
        if (audit.stage() == Stage.RETURNS) {
            throw new MultiAgencyException("The panel stage has not started yet");
        }
        ChildRow child = children(audit).get(childId);
        if (child == null) {
            throw new MultiAgencyUnavailableException();
        }
        Map<Long, Agency> agencies = agencies(audit);
        Map<Long, Map<String, String>> answers = store.answersOfAudit(auditId);
        List<AgencyReturn> returns = store.returns(auditId).stream().filter(r -> r.childId() == childId)
                .map(r -> toReturn(r, child, agencies.get(r.agencyId()), answers.getOrDefault(r.id(),
                Map.of()), reader))
                .toList();
        List<Conclusion> conclusions = store.conclusions(auditId).stream().filter(c -> c.childId() == childId)
                .map(c -> new Conclusion(c.childId(), c.domain(), c.grade(), c.rationale())).toList();
        List<Concern> concerns = store.concerns(auditId).stream().filter(c -> c.childId() == childId)
                .filter(c -> reader.leadOrOf(c.agencyId()))
                .map(c -> toConcern(c, child, agencies.get(c.agencyId()), reader)).toList();
        trail.publishEvent(new MultiAgencyTrail.PanelChildOpened(auditId, childId));
        return new PanelChild(auditId, child(child, reader), templates.forKind(AgencyKind.CHILDRENS_SOCIAL_CARE),
                returns, conclusions, concerns);
    }

    /** Records (or revises) the panel's grade and rationale for one child on one domain. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public Conclusion recordConclusion(long auditId, long childId, PanelDomain domain, Grade grade, String rationale) {
        AuditRow audit = panelAudit(auditId);
        if (!children(audit).containsKey(childId)) {
            throw new MultiAgencyUnavailableException();
        }
        if (domain == null || grade == null) {
            throw new MultiAgencyException("Choose a domain and a grade");
        }
        String why = rationale == null ? "" : rationale.strip();
        if (why.length() < 10) {
            throw new MultiAgencyException("Give the panel's rationale for the grade on " + domain.label().toLowerCase()
                    + " (at least 10 characters)");
        }
        store.saveConclusion(childId, domain, grade, why, currentUser.usernameOrSystem(), clock.instant());
        trail.publishEvent(new MultiAgencyTrail.ConclusionRecorded(auditId, childId, domain.label(), grade.label()));
        return new Conclusion(childId, domain, grade, why);
    }

    /**
     * Sends an immediate concern about one child to one agency, due by {@code dueDate}; it also goes into the action
     * plan with the agency as owner.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public Concern raiseConcern(long auditId, long childId, long agencyId, String description, LocalDate dueDate) {
        return raiseConcern(auditId, childId, agencyId, description, dueDate, null);
    }

    /**
     * As {@link #raiseConcern(long, long, long, String, LocalDate)}, the action owned also by a delivery group
     * ({@code deliveryGroupId}, optional).
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public Concern raiseConcern(long auditId, long childId, long agencyId, String description, LocalDate dueDate,
            Long deliveryGroupId) {
        Reader reader = reader();
        AuditRow audit = panelAudit(auditId);
        ChildRow child = children(audit).get(childId);
        Agency agency = agencies(audit).get(agencyId);
        if (child == null) {
            throw new MultiAgencyUnavailableException();
        }
        if (agency == null) {
            throw new MultiAgencyException("A concern can only go to an agency taking part in this audit");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() < 10 || text.length() > 2000) {
            throw new MultiAgencyException("Describe the concern in 10 to 2,000 characters");
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (dueDate == null || dueDate.isBefore(today)) {
            throw new MultiAgencyException("The concern needs a due date of today or later");
        }
        ActionItem action = actionPlan.create(null, null, "multi-agency: " + audit.theme(), List.of(),
                new ActionForm("Immediate concern from the multi-agency audit (" + audit.theme() + "), "
                        + label(child.position()) + ": " + text,
                        "Agency to respond to the panel's concern and confirm the child is safe", null, agency.name(),
                        dueDate, ActionStatus.NOT_STARTED, deliveryGroup(deliveryGroupId)));
        long id = store.insertConcern(auditId, childId, agencyId, text, dueDate, currentUser.usernameOrSystem(),
                clock.instant(), action.id());
        trail.publishEvent(new MultiAgencyTrail.ConcernRaised(id, auditId, childId, agency.name()));
        return toConcern(store.concern(id).orElseThrow(), child, agency, reader);
    }

    /**
     * Records a recommendation of the panel and puts it into the action plan, owned by an agency taking part
     * ({@code agencyId}) and/or a delivery group ({@code deliveryGroupId}); at least one of the two. Allowed at the
     * panel stage and after completion (recommendations often follow the meeting).
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public Recommendation recommend(long auditId, Long agencyId, Long deliveryGroupId, String text,
            LocalDate dueDate) {
        AuditRow audit = store.audit(auditId).orElseThrow(MultiAgencyUnavailableException::new);
        if (audit.stage() == Stage.RETURNS) {
            throw new MultiAgencyException("Recommendations are made by the panel: start the panel stage first");
        }
        Agency agency = agencyId == null ? null : agencies(audit).get(agencyId);
        if (agencyId != null && agency == null) {
            throw new MultiAgencyException("A recommendation can only go to an agency taking part in this audit");
        }
        DeliveryGroup group = deliveryGroupId == null ? null : deliveryGroups.find(deliveryGroupId)
                .orElseThrow(() -> new MultiAgencyException("No delivery group with id " + deliveryGroupId));
        if (agency == null && group == null) {
            throw new MultiAgencyException("Give the recommendation an owner: an agency, a delivery group or both");
        }
        String what = text == null ? "" : text.strip();
        if (what.length() < 10 || what.length() > 2000) {
            throw new MultiAgencyException("Write the recommendation in 10 to 2,000 characters");
        }
        for (ChildRow c : store.children(auditId)) {
            if (what.contains(c.childReference())) {
                throw new MultiAgencyException("A recommendation goes into the board report: leave out the child's "
                        + "reference (write \"" + label(c.position()) + "\" if you must refer to the child)");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (dueDate == null || dueDate.isBefore(today)) {
            throw new MultiAgencyException("The recommendation needs a due date of today or later");
        }
        ActionItem action = actionPlan.create(null, null, "multi-agency: " + audit.theme(), List.of(),
                new ActionForm("Recommendation of the multi-agency audit (" + audit.theme() + ")", what, null,
                        agency == null ? null : agency.name(), dueDate, ActionStatus.NOT_STARTED,
                        group == null ? null : group.id()));
        long id = store.insertRecommendation(auditId, agencyId, group == null ? null : group.id(),
                group == null ? null : group.name(), what, dueDate, action.id(),
                currentUser.usernameOrSystem(), clock.instant());
        trail.publishEvent(new MultiAgencyTrail.RecommendationMade(auditId, id, action.id()));
        return recommendations(auditId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The panel's recommendations with their owners and the state of their actions. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(long auditId) {
        AuditRow audit = visibleAudit(auditId, reader());
        Map<Long, Agency> agencies = agencies(audit);
        return store.recommendations(auditId).stream().map(r -> new Recommendation(r.id(), r.auditId(),
                r.agencyId() == null ? null : agencies.get(r.agencyId()), r.deliveryGroup(), r.text(), r.dueDate(),
                r.actionId())).toList();
    }

    /** The delivery groups that may own an action. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional(readOnly = true)
    public List<DeliveryGroup> deliveryGroups() {
        return deliveryGroups.list();
    }

    private Long deliveryGroup(Long id) {
        if (id == null) {
            return null;
        }
        return deliveryGroups.find(id).map(DeliveryGroup::id)
                .orElseThrow(() -> new MultiAgencyException("No delivery group with id " + id));
    }

    /** The concerns the caller may see in one audit: all for the lead; a co-ordinator's own agency's. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AGENCY_COORDINATOR})
    @Transactional(readOnly = true)
    public List<Concern> concerns(long auditId) {
        Reader reader = reader();
        AuditRow audit = visibleAudit(auditId, reader);
        Map<Long, ChildRow> children = children(audit);
        Map<Long, Agency> agencies = agencies(audit);
        return store.concerns(auditId).stream().filter(c -> reader.leadOrOf(c.agencyId()))
                .map(c -> toConcern(c, children.get(c.childId()), agencies.get(c.agencyId()), reader)).toList();
    }

    /** The co-ordinator acknowledges a concern sent to their agency, with the agency's response. */
    @RolesAllowed(Roles.AGENCY_COORDINATOR)
    @Transactional
    public Concern acknowledge(long concernId, long expectedVersion, String response) {
        Reader reader = reader();
        ConcernRow row = store.concern(concernId).orElseThrow(MultiAgencyUnavailableException::new);
        if (!reader.of(row.agencyId())) {
            throw new MultiAgencyUnavailableException();
        }
        if (row.acknowledgedAt() != null) {
            throw new MultiAgencyException("This concern has already been acknowledged");
        }
        String text = response == null ? "" : response.strip();
        if (text.length() < 10 || text.length() > 2000) {
            throw new MultiAgencyException("Say what your agency has done or will do (10 to 2,000 characters)");
        }
        store.acknowledge(concernId, expectedVersion, currentUser.usernameOrSystem(), clock.instant(), text);
        trail.publishEvent(new MultiAgencyTrail.ConcernAcknowledged(concernId, reader.agency().name()));
        AuditRow audit = store.audit(row.auditId()).orElseThrow();
        return toConcern(store.concern(concernId).orElseThrow(), children(audit).get(row.childId()), reader.agency(),
                reader);
    }

    /** Completes the audit once every child has a conclusion on every domain. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public AuditSummary complete(long auditId, long expectedVersion) {
        AuditRow audit = panelAudit(auditId);
        List<String> missing = PanelRules.missingConclusions(store.children(auditId).stream()
                .map(c -> new PanelRules.Graded(label(c.position()), store.conclusions(auditId).stream()
                        .filter(x -> x.childId() == c.id()).map(MultiAgencyStore.ConclusionRow::domain).toList()))
                .toList());
        if (!missing.isEmpty()) {
            throw new MultiAgencyException("The panel has not concluded on: " + String.join("; ", missing));
        }
        store.setStage(auditId, expectedVersion, Stage.COMPLETED, clock.instant());
        trail.publishEvent(new MultiAgencyTrail.AuditCompleted(auditId, audit.theme()));
        return summary(store.audit(auditId).orElseThrow());
    }

    // --- board report -----------------------------------------------------------------------------------------------

    /**
     * The board report's data (trailed as an export): no identifiers. A panel viewer gets counts of children passed
     * through the disclosure-control policy (small counts shown as c).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.PANEL_VIEWER})
    @Transactional
    public BoardReport boardReport(long auditId) {
        AuditRow audit = store.audit(auditId).orElseThrow(MultiAgencyUnavailableException::new);
        if (audit.stage() == Stage.RETURNS) {
            throw new MultiAgencyException("A board report can be made once the panel stage has started");
        }
        boolean suppress = !currentUser.hasRole(Roles.AUDIT_LEAD) && !currentUser.hasRole(Roles.ADMIN);
        DisclosureControl policy = disclosure.policy();
        Function<Long, String> count = n -> suppress && policy.primary(n) ? DisclosureControl.SUPPRESSED
                : String.valueOf(n);
        List<ChildRow> children = store.children(auditId);
        List<Agency> agencies = store.agenciesOf(auditId);
        List<ReturnRow> returns = store.returns(auditId);
        var conclusions = store.conclusions(auditId);
        List<BoardReport.GradeRow> grades = new ArrayList<>();
        for (PanelDomain d : PanelDomain.values()) {
            Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
            conclusions.stream().filter(c -> c.domain() == d).forEach(c -> byGrade.merge(c.grade(), 1L, Long::sum));
            grades.add(new BoardReport.GradeRow(d.label(), count.apply(byGrade.getOrDefault(Grade.OUTSTANDING, 0L)),
                    count.apply(byGrade.getOrDefault(Grade.GOOD, 0L)),
                    count.apply(byGrade.getOrDefault(Grade.REQUIRES_IMPROVEMENT, 0L)),
                    count.apply(byGrade.getOrDefault(Grade.INADEQUATE, 0L))));
        }
        List<BoardReport.AgencyRow> participation = new ArrayList<>();
        for (Agency a : agencies) {
            List<ReturnRow> own = returns.stream().filter(r -> r.agencyId() == a.id()).toList();
            long submitted = own.stream().filter(r -> r.status() == ReturnStatus.SUBMITTED).count();
            long onTime = own.stream().filter(r -> r.submittedAt() != null
                    && !r.submittedAt().atZone(LONDON).toLocalDate().isAfter(audit.returnsDue())).count();
            participation.add(new BoardReport.AgencyRow(a.name() + " (" + a.kind().label() + ")",
                    submitted + " of " + own.size(), onTime + " of " + own.size()));
        }
        Map<Long, Agency> byId = agencies.stream().collect(Collectors.toMap(Agency::id, a -> a));
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<BoardReport.ActionRow> actions = store.concerns(auditId).stream().map(c -> new BoardReport.ActionRow(
                "Immediate concern about one child sent to the agency (details held by the agency and the lead)",
                byId.get(c.agencyId()).name(), UK.format(c.dueDate()),
                c.acknowledgedAt() != null ? "Acknowledged " + UK.format(c.acknowledgedAt().atZone(LONDON)
                .toLocalDate())
                        : c.dueDate().isBefore(today) ? "Overdue, not yet acknowledged" : "Not yet acknowledged"))
                .toList();
        List<BoardReport.ActionRow> allActions = new ArrayList<>(actions);
        store.recommendations(auditId).forEach(r -> allActions.add(new BoardReport.ActionRow(r.text(),
                java.util.stream.Stream.of(r.agencyId() == null ? null : byId.get(r.agencyId()).name(),
                        r.deliveryGroup())
                        .filter(java.util.Objects::nonNull).collect(Collectors.joining("; ")),
                UK.format(r.dueDate()), "In the action plan")));
        actions = allActions;
        Map<Long, Map<String, String>> answers = store.answersOfAudit(auditId);
        List<BoardReport.FindingRow> findings = new ArrayList<>();
        Map<String, List<Agency>> findingAgencies = new LinkedHashMap<>();
        Map<String, long[]> findingCounts = new LinkedHashMap<>();
        Map<String, String> findingActions = new HashMap<>();
        List<ReturnRow> submittedReturns = returns.stream().filter(r -> r.status() == ReturnStatus.SUBMITTED).toList();
        for (ReturnRow r : submittedReturns) {
            Agency agency = byId.get(r.agencyId());
            Map<String, String> a = answers.getOrDefault(r.id(), Map.of());
            for (var section : templates.forKind(agency.kind()).sections()) {
                for (var q : section.questions()) {
                    if (q.findingText() == null || a.get(q.id()) == null) {
                        continue;
                    }
                    long[] c = findingCounts.computeIfAbsent(q.findingText(), k -> new long[2]);
                    c[1]++;
                    if (q.scale().makesFinding(a.get(q.id()))) {
                        c[0]++;
                        findingAgencies.computeIfAbsent(q.findingText(), k -> new ArrayList<>()).add(agency);
                        if (q.suggestedAction() != null) {
                            findingActions.put(q.findingText(), q.suggestedAction());
                        }
                    }
                }
            }
        }
        findingCounts.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                .forEach(e -> findings.add(new BoardReport.FindingRow(e.getKey(),
                        count.apply(e.getValue()[0]) + " of " + e.getValue()[1] + " returns",
                        findingAgencies.get(e.getKey()).stream().map(x -> x.kind().label()).distinct().sorted()
                                .collect(Collectors.joining(", ")), findingActions.get(e.getKey()))));
        List<String> strengths = new ArrayList<>();
        for (PanelDomain d : PanelDomain.values()) {
            List<Grade> given = conclusions.stream().filter(c -> c.domain() == d)
                    .map(MultiAgencyStore.ConclusionRow::grade).toList();
            long goodOrBetter = given.stream().filter(g -> g == Grade.GOOD || g == Grade.OUTSTANDING).count();
            if (!given.isEmpty() && goodOrBetter * 2 > given.size()) {
                strengths.add(d.label() + ": graded good or better for most children audited.");
            }
        }
        String agencyNames = agencies.stream().map(a -> a.kind().label()).distinct()
                .collect(Collectors.joining(", "));
        long submitted = returns.stream().filter(r -> r.status() == ReturnStatus.SUBMITTED).count();
        var cohortRow = store.cohort(auditId);
        Cohort chosen = new Cohort(cohortRow.method(), cohortRow.filter(), cohortRow.seed(), cohortRow.frameSize(),
                cohortRow.frameSha256(), cohortRow.methodVersion(),
                (int) children.stream().filter(c -> c.nominatedByAgencyId() != null).count());
        String method = "A themed multi-agency case audit on " + audit.theme().toLowerCase() + ". Children were "
                + chosen.describe() + ". Each agency (" + agencyNames
                + ") audited its own records for each child against the partnership's return template (common core "
                + "plus agency questions), by " + UK.format(audit.returnsDue()) + "; " + submitted + " of "
                + returns.size() + " returns were submitted. A joint panel on " + UK.format(audit.panelDate())
                + " read the returns side by side and graded each child's experience on six domains using Ofsted's "
                + "four grades, and sent any immediate concern straight back to the agency concerned.";
        String cohort = children.size() + (children.size() == 1 ? " child" : " children") + " were audited, all "
                + "within the theme of " + audit.theme().toLowerCase() + ". To protect the children, this report "
                + "names no child, gives no reference, date of birth, school or address, and describes no "
                + "individual circumstances.";
        Optional<AuditRow> previous = previousOfTheme(audit);
        List<BoardReport.ComparisonRow> comparison = new ArrayList<>();
        String comparedWith = null;
        if (previous.isPresent()) {
            var before = store.conclusions(previous.get().id());
            comparedWith = "the previous audit of " + audit.theme().toLowerCase() + " (panel "
                    + UK.format(previous.get().panelDate()) + ", " + store.children(previous.get().id()).size()
                    + " children)";
            for (PanelDomain d : PanelDomain.values()) {
                comparison.add(new BoardReport.ComparisonRow(d.label(), goodOrBetter(before, d, count),
                        goodOrBetter(conclusions, d, count)));
            }
        }
        trail.publishEvent(new MultiAgencyTrail.BoardReportBuilt(auditId, suppress));
        return new BoardReport("OFFICIAL-SENSITIVE", "Multi-agency case audit: " + audit.theme(), audit.theme(),
                "Produced " + UK.format(today) + " by the Case Audit Workbench", method, cohort, grades,
                participation, findings, strengths, actions, suppress ? policy.statement()
                        : "Counts of children are shown in full: this report is for the partnership board only and "
                        + "must not be published.", comparedWith, comparison);
    }

    /**
     * The latest completed audit of the same theme (case ignored) set up before this one: the "before" of a re-audit.
     */
    private Optional<AuditRow> previousOfTheme(AuditRow audit) {
        return store.audits().stream()
                .filter(a -> a.id() != audit.id() && a.stage() == Stage.COMPLETED
                        && a.theme().strip().equalsIgnoreCase(audit.theme().strip())
                        && (a.createdAt().isBefore(audit.createdAt())
                                || a.createdAt().equals(audit.createdAt()) && a.id() < audit.id()))
                .max(java.util.Comparator.comparing(AuditRow::createdAt).thenComparing(AuditRow::id));
    }

    private static String goodOrBetter(List<MultiAgencyStore.ConclusionRow> conclusions, PanelDomain domain,
            Function<Long, String> count) {
        List<Grade> given = conclusions.stream().filter(c -> c.domain() == domain)
                .map(MultiAgencyStore.ConclusionRow::grade).toList();
        long good = given.stream().filter(g -> g == Grade.GOOD || g == Grade.OUTSTANDING).count();
        return count.apply(good) + " of " + count.apply((long) given.size());
    }

    // --- workbook -------------------------------------------------------------------------------------------------

    /** The lead's workbook data (returns, conclusions, concerns, recommendations), trailed as an export. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public ReturnsWorkbook workbook(long auditId) {
        AuditRow audit = store.audit(auditId).orElseThrow(MultiAgencyUnavailableException::new);
        Map<Long, ChildRow> children = children(audit);
        Map<Long, Agency> agencies = agencies(audit);
        Map<Long, Map<String, String>> answers = store.answersOfAudit(auditId);
        List<ReturnsWorkbook.AnswerLine> lines = new ArrayList<>();
        for (ReturnRow r : store.returns(auditId)) {
            ChildRow c = children.get(r.childId());
            Agency a = agencies.get(r.agencyId());
            Map<String, String> given = answers.getOrDefault(r.id(), Map.of());
            for (var section : templates.forKind(a.kind()).sections()) {
                for (var q : section.questions()) {
                    lines.add(new ReturnsWorkbook.AnswerLine(label(c.position()), c.childReference(), a.name(),
                            r.status().label(), r.submittedAt(), section.title(), q.text(), given.get(q.id()),
                            given.get(q.id() + ":note")));
                }
            }
        }
        List<ReturnsWorkbook.ConclusionLine> conclusions = store.conclusions(auditId).stream().map(c -> {
            ChildRow child = children.get(c.childId());
            return new ReturnsWorkbook.ConclusionLine(label(child.position()), child.childReference(),
                    c.domain().label(), c.grade().label(), c.rationale());
        }).toList();
        List<ReturnsWorkbook.ConcernLine> concerns = store.concerns(auditId).stream().map(c -> {
            ChildRow child = children.get(c.childId());
            return new ReturnsWorkbook.ConcernLine(label(child.position()), child.childReference(),
                    agencies.get(c.agencyId()).name(), c.description(), c.dueDate(), c.response());
        }).toList();
        List<Recommendation> recommendations = store.recommendations(auditId).stream().map(r -> new Recommendation(
                r.id(), r.auditId(), r.agencyId() == null ? null : agencies.get(r.agencyId()), r.deliveryGroup(),
                r.text(), r.dueDate(), r.actionId())).toList();
        var cohortRow = store.cohort(auditId);
        Cohort cohort = new Cohort(cohortRow.method(), cohortRow.filter(), cohortRow.seed(), cohortRow.frameSize(),
                cohortRow.frameSha256(), cohortRow.methodVersion(),
                (int) children.values().stream().filter(c -> c.nominatedByAgencyId() != null).count());
        trail.publishEvent(new MultiAgencyTrail.WorkbookExported(auditId, lines.size(), conclusions.size()));
        return new ReturnsWorkbook(audit.theme(), audit.stage().label(), children.size() + " children, "
                + cohort.describe(), lines, conclusions, concerns, recommendations);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Who is reading: the lead (or an administrator), or a co-ordinator with their agency (null if none yet). */
    private record Reader(boolean lead, Agency agency) {

        /** Whether the caller is a co-ordinator of this agency (a lead belongs to none). */
        boolean of(long agencyId) {
            return agency != null && agency.id() == agencyId;
        }

        /** Whether the caller sees what concerns this agency alone: the lead, or the agency's own co-ordinator. */
        boolean leadOrOf(long agencyId) {
            return lead || of(agencyId);
        }
    }

    private Reader reader() {
        if (currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN)) {
            return new Reader(true, null);
        }
        return new Reader(false, currentUser.username().flatMap(store::agencyOf).orElse(null));
    }

    private AuditRow visibleAudit(long auditId, Reader reader) {
        AuditRow audit = store.audit(auditId).orElseThrow(MultiAgencyUnavailableException::new);
        if (!reader.lead() && store.agenciesOf(auditId).stream().noneMatch(a -> reader.of(a.id()))) {
            throw new MultiAgencyUnavailableException();
        }
        return audit;
    }

    private AuditRow panelAudit(long auditId) {
        AuditRow audit = store.audit(auditId).orElseThrow(MultiAgencyUnavailableException::new);
        if (audit.stage() != Stage.PANEL) {
            throw new MultiAgencyException(audit.stage() == Stage.RETURNS ? "The panel stage has not started yet"
                    : "The audit is completed: the panel's record can no longer be changed");
        }
        return audit;
    }

    private static boolean mayRead(Reader reader, AuditRow audit, ReturnRow row) {
        return reader.lead() || audit.stage() != Stage.RETURNS || reader.of(row.agencyId());
    }

    private Map<Long, ChildRow> children(AuditRow audit) {
        Map<Long, ChildRow> children = new LinkedHashMap<>();
        store.children(audit.id()).forEach(c -> children.put(c.id(), c));
        return children;
    }

    private Map<Long, Agency> agencies(AuditRow audit) {
        Map<Long, Agency> agencies = new HashMap<>();
        store.agenciesOf(audit.id()).forEach(a -> agencies.put(a.id(), a));
        return agencies;
    }

    static String label(int position) {
        StringBuilder s = new StringBuilder();
        for (int n = position; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return "Child " + s;
    }

    private Child child(ChildRow c, Reader reader) {
        return new Child(c.id(), label(c.position()), c.childReference(),
                reader.lead() || shareDateOfBirth ? c.dateOfBirth() : null);
    }

    private AgencyReturn toReturn(ReturnRow r, ChildRow child, Agency agency, Map<String, String> answers,
            Reader reader) {
        return new AgencyReturn(r.id(), r.auditId(), child(child, reader), agency, r.status(), answers,
                r.submittedBy(), r.submittedAt(), r.version());
    }

    private Concern toConcern(ConcernRow c, ChildRow child, Agency agency, Reader reader) {
        return new Concern(c.id(), c.auditId(), child(child, reader), agency, c.description(), c.dueDate(),
                c.raisedBy(), c.actionId(), c.acknowledgedBy(), c.acknowledgedAt(), c.response(), c.version());
    }

    private AuditSummary summary(AuditRow a) {
        List<ReturnRow> returns = store.returns(a.id());
        return new AuditSummary(a.id(), a.theme(), a.stage(), a.returnsDue(), a.panelDate(), store.agenciesOf(a.id()),
                store.children(a.id()).size(),
                (int) returns.stream().filter(r -> r.status() == ReturnStatus.SUBMITTED).count(), returns.size(),
                a.version());
    }
}
