package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.audit.internal.AgreedAnswerEntity;
import org.caseaudit.audit.internal.AgreedAnswerRepository;
import org.caseaudit.audit.internal.AnswerEntity;
import org.caseaudit.audit.internal.AnswerRepository;
import org.caseaudit.audit.internal.CaseAuditEntity;
import org.caseaudit.audit.internal.CaseAuditRepository;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only: a cycle's answers for reports. Audit leads and administrators (reports anonymise for other roles). */
@Service
public class CycleResultsService {

    private final CaseAuditRepository audits;
    private final AnswerRepository answers;
    private final AgreedAnswerRepository agreed;
    private final AuditService auditService;

    CycleResultsService(CaseAuditRepository audits, AnswerRepository answers, AgreedAnswerRepository agreed,
                        AuditService auditService) {
        this.audits = audits;
        this.answers = answers;
        this.agreed = agreed;
        this.auditService = auditService;
    }

    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public CycleResults results(long cycleId) {
        List<CaseAuditEntity> all = audits.findByCycleIdOrderByIdAsc(cycleId);
        Map<Long, CaseAuditEntity> moderationOf = new HashMap<>();
        for (CaseAuditEntity a : all) {
            if (a.getKind() == AuditKind.MODERATION && a.getModeratesAuditId() != null) {
                moderationOf.put(a.getModeratesAuditId(), a);
            }
        }
        Map<Long, Map<String, AnswerEntity>> byAudit = new HashMap<>();
        if (!all.isEmpty()) {
            for (AnswerEntity e : answers.findByCaseAuditIdInOrderByCaseAuditIdAscPositionAsc(
                    all.stream().map(CaseAuditEntity::getId).toList())) {
                byAudit.computeIfAbsent(e.getCaseAuditId(), k -> new HashMap<>()).put(e.getQuestionKey(), e);
            }
        }
        List<CycleResults.Row> rows = new ArrayList<>();
        for (CaseAuditEntity audit : all) {
            if (audit.getKind() != AuditKind.AUDIT) {
                continue;
            }
            TemplateDefinition template = auditService.template(audit.getTemplateKey(), audit.getTemplateVersion());
            Map<String, AnswerEntity> mine = byAudit.getOrDefault(audit.getId(), Map.of());
            CaseAuditEntity moderation = moderationOf.get(audit.getId());
            boolean moderated = moderation != null && moderation.isSubmitted();
            Map<String, AnswerEntity> theirs = moderated ? byAudit.getOrDefault(moderation.getId(),
                    Map.of()) : Map.of();
            Map<String, AgreedAnswerEntity> settled = new HashMap<>();
            if (moderated) {
                agreed.findByCaseAuditId(audit.getId()).forEach(x -> settled.put(x.getQuestionKey(), x));
            }
            int sectionNumber = 0;
            for (SectionDefinition section : template.sections()) {
                sectionNumber++;
                int questionNumber = 0;
                for (QuestionDefinition q : section.questions()) {
                    questionNumber++;
                    AnswerEntity a = mine.get(q.id());
                    AnswerState s = a == null ? null : a.state();
                    String value = s == null ? null : s.value();
                    String moderatorValue = theirs.containsKey(q.id()) ? theirs.get(q.id()).getValue() : null;
                    AgreedAnswerEntity agreement = settled.get(q.id());
                    String agreedValue = !moderated ? null : agreement != null ? agreement.getValue()
                            : java.util.Objects.equals(value, moderatorValue) ? value : null;
                    rows.add(new CycleResults.Row(audit.getId(), audit.getCaseId(), audit.getCaseReference(),
                            audit.getAuditor(), audit.getStatus(), q.id(), sectionNumber + "." + questionNumber,
                            section.title(), q.text(), q.keyMeasure(), value, source(s),
                            s == null ? null : s.derivedValue(), s == null ? null : s.overrideReason(),
                            s == null ? null : s.evidenceNote(), moderated, moderatorValue, agreedValue,
                            agreement == null ? null : agreement.getReason()));
                }
            }
        }
        return new CycleResults(cycleId, rows);
    }

    static CycleResults.Source source(AnswerState s) {
        if (s == null || !s.answered()) {
            return CycleResults.Source.UNANSWERED;
        }
        if (s.confirmsDerived()) {
            return CycleResults.Source.DERIVED;
        }
        if (s.overridesDerived()) {
            return CycleResults.Source.OVERRIDDEN;
        }
        return CycleResults.Source.ENTERED;
    }
}
