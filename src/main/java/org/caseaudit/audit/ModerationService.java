package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseaudit.audit.internal.AgreedAnswerEntity;
import org.caseaudit.audit.internal.AgreedAnswerRepository;
import org.caseaudit.audit.internal.AnswerEntity;
import org.caseaudit.audit.internal.AnswerRepository;
import org.caseaudit.audit.internal.CaseAuditEntity;
import org.caseaudit.audit.internal.CaseAuditRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation: the side-by-side comparison of an audit and its moderation, final answers agreed with a reason, the
 * moderation outcome, and agreement statistics. Blind moderation is enforced here: a moderator is refused the
 * comparison (and so the auditor's answers) until their own moderation is submitted. The auditor sees the outcome once
 * the audit is moderated.
 */
@Service
public class ModerationService {

    /** Compliance categories across both compliance scales, for statistics that pool questions. */
    static final List<String> COMPLIANCE = AnswerScale.YES_PARTLY_NO_NA.options();

    private final CaseAuditRepository audits;
    private final AnswerRepository answers;
    private final AgreedAnswerRepository agreed;
    private final AuditService auditService;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    ModerationService(CaseAuditRepository audits, AnswerRepository answers, AgreedAnswerRepository agreed,
            AuditService auditService, ApplicationEventPublisher trail, CurrentUser currentUser, Clock clock) {
        this.audits = audits;
        this.answers = answers;
        this.agreed = agreed;
        this.auditService = auditService;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER, Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public Comparison comparison(long auditId) {
        Pair p = pair(auditId);
        checkMayCompare(p);
        trail.publishEvent(new CaseAuditTrail.ComparisonOpened(auditId, p.audit.getCaseReference()));
        return build(p);
    }

    /** Agrees the final answer to one question (or {@link Comparison#OVERALL_GRADE}) with a reason. */
    @RolesAllowed({Roles.MODERATOR, Roles.AUDIT_LEAD})
    @Transactional
    public Comparison agree(long auditId, String questionId, String value, String reason) {
        Pair p = pair(auditId);
        checkMayAgree(p);
        if (reason == null || reason.isBlank()) {
            throw new AuditStateException("Give the reason for the agreed answer");
        }
        String v = value == null || value.isBlank() ? null : value;
        if (Comparison.OVERALL_GRADE.equals(questionId)) {
            if (v != null && !AnswerScale.OFSTED_GRADE.options().contains(v)) {
                throw new AuditStateException("Not an Ofsted grade: " + v);
            }
        } else {
            QuestionDefinition q = p.template.question(questionId)
                    .orElseThrow(() -> new AuditStateException("No question " + questionId + " in this template"));
            if (!SubmitCheck.acceptable(q, v)) {
                throw new AuditStateException("\u201c" + v + "\u201d is not an answer on the scale "
                        + q.scale().label());
            }
        }
        AgreedAnswerEntity entity = agreed.findByCaseAuditIdAndQuestionKey(auditId, questionId)
                .orElseGet(() -> new AgreedAnswerEntity(auditId, questionId));
        entity.agree(v, reason.strip(), auditService.me(), clock.instant());
        agreed.save(entity);
        trail.publishEvent(new CaseAuditTrail.AnswerAgreed(auditId, questionId, v));
        return build(p);
    }

    /** Marks the audit moderated once every disagreement has an agreed answer. */
    @RolesAllowed({Roles.MODERATOR, Roles.AUDIT_LEAD})
    @Transactional
    public void complete(long auditId) {
        Pair p = pair(auditId);
        checkMayAgree(p);
        Comparison c = build(p);
        List<String> open = c.rows().stream().filter(r -> !r.settled()).map(Comparison.Row::question).toList();
        if (!open.isEmpty()) {
            throw new AuditStateException("Agree a final answer first for: " + String.join("; ", open));
        }
        audits.findForTransition(auditId).orElseThrow().markModerated(clock.instant());
        trail.publishEvent(new CaseAuditTrail.ModerationCompleted(auditId, c.disagreements()));
    }

    /** Agreement statistics over the cycle's submitted moderations. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.MODERATOR})
    @Transactional(readOnly = true)
    public CycleAgreement cycleAgreement(long cycleId) {
        List<CaseAuditEntity> all = audits.findByCycleIdOrderByIdAsc(cycleId);
        Map<Long, CaseAuditEntity> byId = all.stream().collect(Collectors.toMap(CaseAuditEntity::getId,
                Function.identity()));
        List<CaseAuditEntity[]> pairs = new ArrayList<>();
        for (CaseAuditEntity m : all) {
            if (m.getKind() == AuditKind.MODERATION && m.isSubmitted()) {
                CaseAuditEntity a = byId.get(m.getModeratesAuditId());
                if (a != null && a.isSubmitted()) {
                    pairs.add(new CaseAuditEntity[] {a, m});
                }
            }
        }
        List<Long> ids = pairs.stream().flatMap(x -> java.util.stream.Stream.of(x[0].getId(), x[1].getId())).toList();
        Map<Long, Map<String, String>> values = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (AnswerEntity e : answers.findByCaseAuditIdInOrderByCaseAuditIdAscPositionAsc(ids)) {
                if (e.getValue() != null) {
                    values.computeIfAbsent(e.getCaseAuditId(), k -> new LinkedHashMap<>()).put(
                            e.getQuestionKey(), e.getValue());
                }
            }
        }
        List<Agreement.Pair> compliance = new ArrayList<>();
        List<Agreement.Pair> grades = new ArrayList<>();
        Map<String, List<Agreement.Pair>> perQuestion = new LinkedHashMap<>();
        Map<String, QuestionDefinition> questions = new LinkedHashMap<>();
        Map<String, List<Agreement.Pair>> perAuditor = new LinkedHashMap<>();
        for (CaseAuditEntity[] pair : pairs) {
            TemplateDefinition t = auditService.template(pair[0].getTemplateKey(), pair[0].getTemplateVersion());
            Map<String, String> first = values.getOrDefault(pair[0].getId(), Map.of());
            Map<String, String> second = values.getOrDefault(pair[1].getId(), Map.of());
            for (QuestionDefinition q : t.questions().toList()) {
                String v1 = first.get(q.id());
                String v2 = second.get(q.id());
                if (v1 == null || v2 == null || q.scale().options().isEmpty()) {
                    continue;
                }
                Agreement.Pair ap = new Agreement.Pair(v1, v2);
                String key = t.id() + "/" + q.id();
                perQuestion.computeIfAbsent(key, k -> new ArrayList<>()).add(ap);
                questions.putIfAbsent(key, q);
                if (q.scale().isCompliance()) {
                    compliance.add(ap);
                    perAuditor.computeIfAbsent(pair[0].getAuditor(), k -> new ArrayList<>()).add(ap);
                } else if (q.scale().isQuality()) {
                    grades.add(ap);
                }
            }
            if (pair[0].getOverallGrade() != null && pair[1].getOverallGrade() != null) {
                grades.add(new Agreement.Pair(pair[0].getOverallGrade(), pair[1].getOverallGrade()));
            }
        }
        List<CycleAgreement.Row> questionRows = perQuestion.entrySet().stream()
                .map(e -> new CycleAgreement.Row(e.getKey(), questions.get(e.getKey()).text(),
                        Agreement.of(e.getValue(), questions.get(e.getKey()).scale().options())))
                .toList();
        List<CycleAgreement.Row> auditorRows = perAuditor.entrySet().stream()
                .map(e -> new CycleAgreement.Row(e.getKey(), e.getKey(), Agreement.of(e.getValue(), COMPLIANCE)))
                .toList();
        return new CycleAgreement(cycleId, pairs.size(), Agreement.of(compliance, COMPLIANCE),
                Agreement.of(grades, AnswerScale.OFSTED_GRADE.options()), questionRows, auditorRows);
    }

    private record Pair(CaseAuditEntity audit, CaseAuditEntity moderation, TemplateDefinition template) {
    }

    private Pair pair(long auditId) {
        CaseAuditEntity audit = audits.findById(auditId).orElseThrow(() -> AuditService.notFound(auditId));
        if (audit.getKind() != AuditKind.AUDIT) {
            throw new AuditStateException("Audit " + auditId + " is itself a moderation");
        }
        CaseAuditEntity moderation = audits.findByModeratesAuditId(auditId)
                .orElseThrow(() -> new AuditStateException("Audit " + auditId + " was not chosen for moderation"));
        return new Pair(audit, moderation, auditService.template(audit.getTemplateKey(), audit.getTemplateVersion()));
    }

    private void checkMayCompare(Pair p) {
        if (auditService.isLead()) {
            return;
        }
        String me = auditService.me();
        if (p.moderation.getAuditor().equals(me)) {
            if (p.moderation.isBlind() && !p.moderation.isSubmitted()) {
                throw new AccessDeniedException("This moderation is blind: submit your own answers first, then the "
                        + "auditor's answers are shown");
            }
            return;
        }
        if (p.audit.getAuditor().equals(me)) {
            if (p.audit.getStatus() != AuditStatus.MODERATED && p.audit.getStatus() != AuditStatus.CLOSED) {
                throw new AccessDeniedException("The moderation outcome is shown once moderation is complete");
            }
            return;
        }
        throw AuditService.denied(p.audit.getId());
    }

    private boolean mayAgree(Pair p) {
        boolean who = currentUser.hasRole(Roles.AUDIT_LEAD)
                || currentUser.username().map(p.moderation.getAuditor()::equals).orElse(false);
        return who && p.audit.getStatus() == AuditStatus.SUBMITTED && p.moderation.isSubmitted();
    }

    private void checkMayAgree(Pair p) {
        checkMayCompare(p);
        if (!mayAgree(p)) {
            throw new AuditStateException("Final answers are agreed by the audit lead or the moderator once both the "
                    + "audit and its moderation are submitted, and before the audit is marked moderated");
        }
    }

    private Comparison build(Pair p) {
        Map<String, AnswerState> first = states(p.audit.getId());
        Map<String, AnswerState> second = states(p.moderation.getId());
        Map<String, AgreedAnswerEntity> agreedAnswers = agreed.findByCaseAuditId(p.audit.getId()).stream()
                .collect(Collectors.toMap(AgreedAnswerEntity::getQuestionKey, Function.identity()));
        List<Comparison.Row> rows = new ArrayList<>();
        for (SectionDefinition s : p.template.sections()) {
            for (QuestionDefinition q : s.questions()) {
                AnswerState a = first.get(q.id());
                AnswerState m = second.get(q.id());
                AgreedAnswerEntity g = agreedAnswers.get(q.id());
                rows.add(new Comparison.Row(q.id(), s.title(), q.text(), q.scale(), a == null ? null : a.value(),
                        a == null ? null : a.evidenceNote(), m == null ? null : m.value(),
                        m == null ? null : m.evidenceNote(), g == null ? null : g.getValue(),
                        g == null ? null : g.getReason(), g == null ? null : g.getAgreedBy()));
            }
        }
        if (p.template.overallGrade() != null) {
            AgreedAnswerEntity g = agreedAnswers.get(Comparison.OVERALL_GRADE);
            rows.add(new Comparison.Row(Comparison.OVERALL_GRADE, "Overall grade", p.template.overallGrade().text(),
                    AnswerScale.OFSTED_GRADE, p.audit.getOverallGrade(), p.audit.getGradeRationale(),
                    p.moderation.getOverallGrade(), p.moderation.getGradeRationale(),
                    g == null ? null : g.getValue(), g == null ? null : g.getReason(),
                    g == null ? null : g.getAgreedBy()));
        }
        boolean canAgree = mayAgree(p);
        boolean canComplete = canAgree && rows.stream().allMatch(Comparison.Row::settled);
        return new Comparison(p.audit.getId(), p.moderation.getId(), p.audit.getCaseReference(),
                p.audit.getAuditor(), p.moderation.getAuditor(), p.audit.getStatus(), p.moderation.getStatus(),
                p.audit.getDueDate(), p.moderation.isBlind(), rows, canAgree, canComplete);
    }

    private Map<String, AnswerState> states(long auditId) {
        return answers.findByCaseAuditIdOrderByPosition(auditId).stream().map(AnswerEntity::state)
                .collect(Collectors.toMap(AnswerState::questionId, Function.identity(), (x, y) -> x,
                LinkedHashMap::new));
    }
}
