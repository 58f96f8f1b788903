package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseaudit.audit.internal.AgreedAnswerEntity;
import org.caseaudit.audit.internal.AgreedAnswerRepository;
import org.caseaudit.audit.internal.AnswerEntity;
import org.caseaudit.audit.internal.AnswerRepository;
import org.caseaudit.audit.internal.CaseAuditEntity;
import org.caseaudit.audit.internal.CaseAuditRepository;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final answers of a cycle's audits, for findings, compliance figures and reports. Only audits (not moderations)
 * that are submitted, moderated or closed count; an audit still in progress has no final answers. The final answer to
 * a question is the one agreed after moderation where one was agreed, else the auditor's ({@link FinalAnswer}).
 */
@Service
public class FinalAnswerService {

    /** Statuses whose answers count: the auditor has submitted them. */
    public static final Set<AuditStatus> COUNTED = EnumSet.of(AuditStatus.SUBMITTED, AuditStatus.MODERATED,
            AuditStatus.CLOSED);

    private final CaseAuditRepository audits;
    private final AnswerRepository answers;
    private final AgreedAnswerRepository agreed;

    FinalAnswerService(CaseAuditRepository audits, AnswerRepository answers, AgreedAnswerRepository agreed) {
        this.audits = audits;
        this.answers = answers;
        this.agreed = agreed;
    }

    /** The counted audits of a cycle with their final answers, case references and notes (case data). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<FinalAudit> finalAudits(long cycleId) {
        return perCountedAudit(cycleId, (a, answered, settled) -> {
            List<FinalAudit.FinalAnswer> finals = new ArrayList<>();
            for (AnswerEntity e : answered) {
                AgreedAnswerEntity g = settled.get(e.getQuestionKey());
                AnswerState s = e.state();
                finals.add(new FinalAudit.FinalAnswer(e.getQuestionKey(),
                        FinalAnswer.of(s.value(), g), s.evidenceNote(),
                        g == null ? null : g.getReason()));
            }
            AgreedAnswerEntity grade = settled.get(Comparison.OVERALL_GRADE);
            return new FinalAudit(a.getId(), a.getCycleId(), a.getCaseId(), a.getCaseReference(),
                    a.getTemplateKey(), a.getTemplateVersion(), a.getAuditor(), a.getStatus(), a.getSubmittedAt(),
                    FinalAnswer.of(a.getOverallGrade(), grade),
                    a.getStrengths(), finals);
        });
    }

    /** The final answers of the counted audits without case data, for aggregate figures (dashboard, panel). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<FinalValues> finalValues(long cycleId) {
        return perCountedAudit(cycleId, (a, answered, settled) -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (AnswerEntity e : answered) {
                String v = FinalAnswer.of(e.getValue(), settled.get(e.getQuestionKey()));
                if (v != null) {
                    values.put(e.getQuestionKey(), v);
                }
            }
            return new FinalValues(a.getTemplateKey(), a.getTemplateVersion(), values);
        });
    }

    /** One counted audit of a cycle with its answers and the answers agreed at its moderation, by question. */
    private interface CountedAudit<R> {
        R of(CaseAuditEntity audit, List<AnswerEntity> answered, Map<String, AgreedAnswerEntity> settled);
    }

    /** The counted audits of a cycle, each with its answers and agreed answers, read in two queries for the cycle. */
    private <R> List<R> perCountedAudit(long cycleId, CountedAudit<R> build) {
        List<CaseAuditEntity> counted = counted(cycleId);
        Map<Long, List<AnswerEntity>> byAudit = answersOf(counted);
        Map<Long, Map<String, AgreedAnswerEntity>> agreedByAudit = agreedOf(counted);
        List<R> result = new ArrayList<>();
        for (CaseAuditEntity a : counted) {
            result.add(build.of(a, byAudit.getOrDefault(a.getId(), List.of()),
                    agreedByAudit.getOrDefault(a.getId(), Map.of())));
        }
        return result;
    }

    /** Audits done (submitted, moderated or closed) of all audits of the cycle; moderations are not counted. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public CycleProgress progress(long cycleId) {
        List<CaseAuditEntity> all = audits.findByCycleIdOrderByIdAsc(cycleId).stream()
                .filter(a -> a.getKind() == AuditKind.AUDIT).toList();
        int done = (int) all.stream().filter(a -> COUNTED.contains(a.getStatus())).count();
        return new CycleProgress(cycleId, all.size(), done);
    }

    private List<CaseAuditEntity> counted(long cycleId) {
        return audits.findByCycleIdOrderByIdAsc(cycleId).stream()
                .filter(a -> a.getKind() == AuditKind.AUDIT && COUNTED.contains(a.getStatus())).toList();
    }

    private Map<Long, List<AnswerEntity>> answersOf(List<CaseAuditEntity> list) {
        Map<Long, List<AnswerEntity>> map = new HashMap<>();
        if (!list.isEmpty()) {
            for (AnswerEntity e : answers.findByCaseAuditIdInOrderByCaseAuditIdAscPositionAsc(ids(list))) {
                map.computeIfAbsent(e.getCaseAuditId(), k -> new ArrayList<>()).add(e);
            }
        }
        return map;
    }

    private Map<Long, Map<String, AgreedAnswerEntity>> agreedOf(List<CaseAuditEntity> list) {
        Map<Long, Map<String, AgreedAnswerEntity>> map = new HashMap<>();
        if (!list.isEmpty()) {
            for (AgreedAnswerEntity g : agreed.findByCaseAuditIdIn(ids(list))) {
                map.computeIfAbsent(g.getCaseAuditId(), k -> new HashMap<>()).put(g.getQuestionKey(), g);
            }
        }
        return map;
    }

    private static List<Long> ids(List<CaseAuditEntity> list) {
        return list.stream().map(CaseAuditEntity::getId).toList();
    }
}
