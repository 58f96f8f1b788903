package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseaudit.shared.PlainText;
import org.caseaudit.audit.internal.AgreedAnswerEntity;
import org.caseaudit.audit.internal.AgreedAnswerRepository;
import org.caseaudit.audit.internal.AnswerEntity;
import org.caseaudit.audit.internal.AnswerRepository;
import org.caseaudit.audit.internal.AuditReplyEntity;
import org.caseaudit.audit.internal.AuditReplyRepository;
import org.caseaudit.audit.internal.AuditShareEntity;
import org.caseaudit.audit.internal.AuditShareRepository;
import org.caseaudit.audit.internal.CaseAuditEntity;
import org.caseaudit.audit.internal.CaseAuditRepository;
import org.caseaudit.cases.CaseRegisterService;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on finished audits: the audit lead shares a submitted (or moderated, or closed) audit with the team
 * manager of the case's team, who reads it and can reply; replies are kept with the audit and cannot be changed.
 * A team manager reaches only the audits shared with them; the auditor reads the feedback of their own audit.
 */
@Service
public class FeedbackService {

    /** A manager's message with a shared audit and a reply to it: free text, kept stripped. */
    public static final PlainText.Rule MESSAGE = PlainText.Rule.multiLine("The message", 2000);
    public static final PlainText.Rule REPLY = PlainText.Rule.multiLine("The reply", 4000);

    private final CaseAuditRepository audits;
    private final AnswerRepository answers;
    private final AgreedAnswerRepository agreed;
    private final AuditShareRepository shares;
    private final AuditReplyRepository replies;
    private final AuditService auditService;
    private final CaseRegisterService register;
    private final UserService users;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.caseaudit.security.TeamService teams;

    FeedbackService(CaseAuditRepository audits, AnswerRepository answers, AgreedAnswerRepository agreed,
            AuditShareRepository shares, AuditReplyRepository replies, AuditService auditService,
            CaseRegisterService register, UserService users,
            ApplicationEventPublisher trail, CurrentUser currentUser, Clock clock,
            org.caseaudit.security.TeamService teams) {
        this.teams = teams;
        this.audits = audits;
        this.answers = answers;
        this.agreed = agreed;
        this.shares = shares;
        this.replies = replies;
        this.auditService = auditService;
        this.register = register;
        this.users = users;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Team managers an audit can be shared with: those of the case's team (as the register records it) first, then
     * the others.
     */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public List<UserSummary> teamManagersFor(long auditId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> AuditService.notFound(auditId));
        String caseTeam = register.openFacts(audit.getCaseId()).map(f -> f.data().team()).orElse(null);
        List<UserSummary> managers = new ArrayList<>(users.findEnabledWithRole(Role.TEAM_MANAGER));
        org.caseaudit.security.TeamDirectory directory = teams.directory();
        List<String> listed = directory.managersOf(caseTeam);
        // the team's recorded managers first, then managers whose own team is the case's team (by name or alias)
        java.util.function.ToIntFunction<UserSummary> rank = u -> listed.contains(u.username()) ? 0
                : directory.same(u.team(), caseTeam) ? 1 : 2;
        managers.sort(java.util.Comparator.comparingInt(rank));
        return managers;
    }

    /** Shares a finished audit with a team manager, with an optional message; sharing twice is refused. */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional
    public void share(long auditId, String teamManager, String message) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> AuditService.notFound(auditId));
        if (audit.getKind() != AuditKind.AUDIT || !audit.isSubmitted()) {
            throw new AuditStateException("Only a submitted, moderated or closed audit can be shared for feedback");
        }
        boolean isManager = users.findEnabledWithRole(Role.TEAM_MANAGER).stream()
                .anyMatch(u -> u.username().equals(teamManager));
        if (!isManager) {
            throw new AuditStateException("\u201c" + teamManager + "\u201d is not an active team manager");
        }
        if (shares.existsByCaseAuditIdAndTeamManager(auditId, teamManager)) {
            throw new AuditStateException("This audit is already shared with " + teamManager);
        }
        String text = clean(message, MESSAGE);
        shares.save(new AuditShareEntity(auditId, teamManager, text, auditService.me(), clock.instant()));
        trail.publishEvent(new CaseAuditTrail.SharedWithManager(auditId, audit.getCaseReference(), teamManager));
        events.publishEvent(new AuditShared(teamManager, auditId));
    }

    private org.springframework.context.ApplicationEventPublisher events = e -> { };

    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The overall grade by the same rule as answers: the one agreed at moderation, else the auditor's. */
    private String finalGrade(CaseAuditEntity audit) {
        return FinalAnswer.of(audit.getOverallGrade(),
                agreed.findByCaseAuditIdAndQuestionKey(audit.getId(), Comparison.OVERALL_GRADE).orElse(null));
    }

    /** The audits shared with the current team manager, newest first. */
    @RolesAllowed(Roles.TEAM_MANAGER)
    @Transactional(readOnly = true)
    public List<SharedAudit> sharedWithMe() {
        List<SharedAudit> list = new ArrayList<>();
        for (AuditShareEntity share : shares.findByTeamManagerOrderBySharedAtDesc(auditService.me())) {
            CaseAuditEntity a = audits.findById(share.getCaseAuditId()).orElseThrow();
            TemplateDefinition t = auditService.template(a.getTemplateKey(), a.getTemplateVersion());
            list.add(new SharedAudit(a.getId(), a.getCaseReference(), t.title(), a.getStatus(), finalGrade(a),
                    share.getSharedBy(), share.getSharedAt(), share.getMessage(),
                    replies.countByCaseAuditId(a.getId())));
        }
        return list;
    }

    /** The feedback view of an audit: for a team manager it is shared with, its auditor, or the audit lead. */
    @RolesAllowed({Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD,
            Roles.ADMIN})
    @Transactional
    public AuditFeedback feedback(long auditId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> AuditService.notFound(auditId));
        boolean manager = isSharedWithMe(auditId);
        boolean own = audit.getAuditor().equals(auditService.me()) && audit.getKind() == AuditKind.AUDIT;
        if (!manager && !own && !auditService.isLead()) {
            throw AuditService.denied(auditId);
        }
        if (!audit.isSubmitted()) {
            String due = audit.getDueDate() == null ? "" : "; due " + audit.getDueDate().format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.UK));
            throw new AuditStateException((audit.getStatus() == AuditStatus.NOT_STARTED
                    ? "Not started by " + audit.getAuditor() + " yet" + due
                    : "In progress with " + audit.getAuditor() + due)
                    + ". Its feedback is shown once the audit is submitted.");
        }
        TemplateDefinition template = auditService.template(audit.getTemplateKey(), audit.getTemplateVersion());
        Map<String, AnswerEntity> given = answers.findByCaseAuditIdOrderByPosition(auditId).stream()
                .collect(Collectors.toMap(AnswerEntity::getQuestionKey, Function.identity()));
        Map<String, AgreedAnswerEntity> agreedAnswers = agreed.findByCaseAuditId(auditId).stream()
                .collect(Collectors.toMap(AgreedAnswerEntity::getQuestionKey, Function.identity()));
        List<AuditFeedback.Item> items = new ArrayList<>();
        for (SectionDefinition section : template.sections()) {
            for (QuestionDefinition q : section.questions()) {
                AnswerEntity a = given.get(q.id());
                AnswerState s = a == null ? null : a.state();
                String auditorAnswer = s == null ? null : s.value();
                AgreedAnswerEntity agreedAnswer = agreedAnswers.get(q.id());
                boolean changed = FinalAnswer.changed(auditorAnswer, agreedAnswer != null,
                        agreedAnswer == null ? null : agreedAnswer.getValue());
                String answer = FinalAnswer.of(auditorAnswer, agreedAnswer);
                items.add(new AuditFeedback.Item(section.title(), q.id(), q.text(), answer, auditorAnswer,
                        s == null ? null : s.evidenceNote(), changed ? agreedAnswer.getReason() : null,
                        q.scale().makesFinding(answer)));
            }
        }
        AuditFeedback.Conversation conversation = conversationOf(auditId);
        trail.publishEvent(new CaseAuditTrail.FeedbackOpened(auditId, audit.getCaseReference()));
        return new AuditFeedback(auditId, audit.getCaseReference(), template.title(), audit.getAuditor(),
                audit.getStatus(),
                FinalAnswer.of(audit.getOverallGrade(), agreedAnswers.get(Comparison.OVERALL_GRADE)),
                audit.getGradeRationale(), audit.getStrengths(), items,
                conversation.shares(), conversation.replies(), manager);
    }

    /**
     * Who an audit was shared with and the replies, for the case audit report: readable by whoever may read the audit
     * (its auditor, the moderator of it, the audit lead, an administrator) and by a team manager it is shared with.
     */
    @RolesAllowed({Roles.TEAM_MANAGER, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD,
            Roles.ADMIN})
    @Transactional(readOnly = true)
    public AuditFeedback.Conversation conversation(long auditId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> AuditService.notFound(auditId));
        String me = auditService.me();
        boolean reader = auditService.isLead() || audit.getAuditor().equals(me) || isSharedWithMe(auditId)
                || audits.findByModeratesAuditId(auditId).map(m -> m.getAuditor().equals(me)).orElse(false);
        if (!reader) {
            throw AuditService.denied(auditId);
        }
        return conversationOf(auditId);
    }

    private AuditFeedback.Conversation conversationOf(long auditId) {
        return new AuditFeedback.Conversation(
                shares.findByCaseAuditIdOrderBySharedAt(auditId).stream().map(s -> new AuditFeedback.Share(
                        s.getTeamManager(), s.getSharedBy(), s.getSharedAt(), s.getMessage())).toList(),
                replies.findByCaseAuditIdOrderByWrittenAtAscIdAsc(auditId).stream()
                        .map(r -> new AuditFeedback.Reply(r.getAuthor(), r.getWrittenAt(), r.getText())).toList());
    }

    /** Adds the current team manager's reply to an audit shared with them; kept as written. */
    @RolesAllowed(Roles.TEAM_MANAGER)
    @Transactional
    public AuditFeedback.Reply reply(long auditId, String text) {
        if (!isSharedWithMe(auditId)) {
            throw AuditService.denied(auditId);
        }
        String clean = clean(text, REPLY);
        if (clean == null) {
            throw new AuditStateException("Write a reply before sending it");
        }
        AuditReplyEntity saved = replies.save(new AuditReplyEntity(auditId, auditService.me(), clock.instant(), clean));
        trail.publishEvent(new CaseAuditTrail.ReplyAdded(auditId, clean.length()));
        return new AuditFeedback.Reply(saved.getAuthor(), saved.getWrittenAt(), saved.getText());
    }

    private boolean isSharedWithMe(long auditId) {
        return currentUser.hasRole(Roles.TEAM_MANAGER)
                && shares.existsByCaseAuditIdAndTeamManager(auditId, auditService.me());
    }

    private static String clean(String text, PlainText.Rule rule) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        rule.problem(stripped).ifPresent(problem -> {
            throw new AuditStateException(problem);
        });
        return stripped;
    }
}
