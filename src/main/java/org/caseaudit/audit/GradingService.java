package org.caseaudit.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseaudit.audit.internal.AgreedAnswerEntity;
import org.caseaudit.audit.internal.AgreedAnswerRepository;
import org.caseaudit.audit.internal.CaseAuditEntity;
import org.caseaudit.audit.internal.CaseAuditRepository;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.sampling.SampleService;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading honesty (issue 27): the overall grades of submitted audits beside their moderation outcome, as distributions
 * per cycle and per team, grade changes at moderation, and each auditor's calibration. The counting is
 * {@link GradingRules}; this service reads and checks access. An auditor's calibration is shown only to that auditor
 * and the audit lead (not administrators, not other auditors): refused here, and the refusal is in the audit trail.
 */
@Service
public class GradingService {

    static final String TEAM_NOT_RECORDED = "Team not recorded";

    private final CaseAuditRepository audits;
    private final AgreedAnswerRepository agreed;
    private final AuditCycleService cycles;
    private final SampleService samples;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher trail;

    GradingService(CaseAuditRepository audits, AgreedAnswerRepository agreed, AuditCycleService cycles,
                   SampleService samples, CurrentUser currentUser, ApplicationEventPublisher trail) {
        this.audits = audits;
        this.agreed = agreed;
        this.cycles = cycles;
        this.samples = samples;
        this.currentUser = currentUser;
        this.trail = trail;
    }

    /** The grade records of the cycles' counted audits (case references and auditors: lead and administrators). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<GradeRecord> records(Collection<Long> cycleIds) {
        List<GradeRecord> out = new ArrayList<>();
        for (long cycleId : cycleIds) {
            Map<String, String> teamOf = new HashMap<>();
            samples.sample(cycleId).ifPresent(s -> s.items().forEach(i -> {
                if (i.caseReference() != null && i.team() != null) {
                    teamOf.put(i.caseReference(), i.team());
                }
            }));
            List<CaseAuditEntity> all = audits.findByCycleIdOrderByIdAsc(cycleId);
            out.addAll(records(all, teamOf));
        }
        return out;
    }

    /**
     * Grading honesty over the given cycles (any order; reported oldest first): grade distributions per cycle and per
     * team, grade changes at moderation per cycle and over all.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public GradingOverview overview(Collection<Long> cycleIds) {
        List<CyclePeriod> ordered = oldestFirst(cycles.periods().stream().filter(c -> cycleIds.contains(c.id()))
                .toList());
        List<GradeRecord> records = records(ordered.stream().map(CyclePeriod::id).toList());
        Map<Long, String> names = new HashMap<>();
        ordered.forEach(c -> names.put(c.id(), c.name()));
        List<GradingRules.Distribution> byCycle = new ArrayList<>();
        List<GradingRules.Changes> changes = new ArrayList<>();
        GradingRules.group(records, GradeRecord::cycleId, ordered.stream().map(CyclePeriod::id).toList())
                .forEach((id, list) -> {
                    byCycle.add(GradingRules.auditorDistribution(names.get(id), list));
                    changes.add(GradingRules.changes(names.get(id), list));
                });
        List<GradingRules.Distribution> byTeam = new ArrayList<>();
        new TreeMap<>(GradingRules.group(records, r -> r.team() == null ? TEAM_NOT_RECORDED : r.team(), List.of()))
                .forEach((team, list) -> byTeam.add(GradingRules.auditorDistribution(team, list)));
        return new GradingOverview(byCycle, byTeam, changes, GradingRules.changes("All cycles", records));
    }

    /** The auditors who have moderated grades to calibrate against, in name order (the audit lead's chooser). */
    @RolesAllowed(Roles.AUDIT_LEAD)
    @Transactional(readOnly = true)
    public List<String> calibratedAuditors() {
        return audits.findAllByOrderByCycleIdDescIdAsc().stream().filter(a -> a.getKind() == AuditKind.AUDIT)
                .map(CaseAuditEntity::getAuditor).distinct().sorted().toList();
    }

    /** The signed-in auditor's own calibration. */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.AUDIT_LEAD})
    @Transactional
    public Calibration myCalibration() {
        return calibration(currentUser.usernameOrSystem());
    }

    /**
     * One auditor's calibration, cycle by cycle: for that auditor and the audit lead only. Anyone else is refused and
     * the refusal recorded; the lead's look at another auditor's calibration is recorded too.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.MODERATOR, Roles.AUDIT_LEAD})
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Calibration calibration(String auditor) {
        String me = currentUser.usernameOrSystem();
        boolean self = me.equals(auditor);
        if (!self && !currentUser.hasRole(Roles.AUDIT_LEAD)) {
            trail.publishEvent(new PracticeTrail.CalibrationRefused(auditor));
            throw new AccessDeniedException(
                    "An auditor's calibration is shown only to that auditor and the audit lead");
        }
        List<CaseAuditEntity> mine = audits.findByAuditorOrderByDueDateAscIdAsc(auditor).stream()
                .filter(a -> a.getKind() == AuditKind.AUDIT).toList();
        List<CaseAuditEntity> withModerations = new ArrayList<>(mine);
        for (CaseAuditEntity a : mine) {
            audits.findByModeratesAuditId(a.getId()).ifPresent(withModerations::add);
        }
        List<GradeRecord> records = records(withModerations, Map.of());
        List<CyclePeriod> ordered = oldestFirst(RunAs.as(me, cycles::periods, Roles.AUDIT_LEAD));
        Map<Long, String> names = new HashMap<>();
        ordered.forEach(c -> names.put(c.id(), c.name()));
        List<GradingRules.Changes> byCycle = new ArrayList<>();
        GradingRules.group(records.stream().filter(GradeRecord::compared).toList(), GradeRecord::cycleId,
                        ordered.stream().map(CyclePeriod::id).toList())
                .forEach((id, list) -> byCycle.add(GradingRules.changes(names.getOrDefault(id, "Cycle " + id), list)));
        if (!self) {
            trail.publishEvent(new PracticeTrail.CalibrationViewed(auditor, byCycle.size()));
        }
        return new Calibration(auditor, byCycle, GradingRules.changes("All cycles", records));
    }

    /** Counted audits of the list with their moderation outcome (moderations in the list are looked up by id). */
    private List<GradeRecord> records(List<CaseAuditEntity> all, Map<String, String> teamOf) {
        Map<Long, CaseAuditEntity> moderationOf = new HashMap<>();
        for (CaseAuditEntity m : all) {
            if (m.getKind() == AuditKind.MODERATION && m.getModeratesAuditId() != null) {
                moderationOf.put(m.getModeratesAuditId(), m);
            }
        }
        List<CaseAuditEntity> counted = all.stream().filter(a -> a.getKind() == AuditKind.AUDIT
                && FinalAnswerService.COUNTED.contains(a.getStatus())).toList();
        Map<Long, AgreedAnswerEntity> agreedGrade = new HashMap<>();
        if (!counted.isEmpty()) {
            for (AgreedAnswerEntity g : agreed.findByCaseAuditIdIn(counted.stream().map(CaseAuditEntity::getId)
                    .toList())) {
                if (Comparison.OVERALL_GRADE.equals(g.getQuestionKey())) {
                    agreedGrade.put(g.getCaseAuditId(), g);
                }
            }
        }
        List<GradeRecord> out = new ArrayList<>();
        for (CaseAuditEntity a : counted) {
            CaseAuditEntity m = moderationOf.get(a.getId());
            AgreedAnswerEntity g = agreedGrade.get(a.getId());
            String outcome = g != null ? g.getValue() : m != null && m.isSubmitted() ? m.getOverallGrade() : null;
            out.add(new GradeRecord(a.getId(), a.getCycleId(), a.getCaseReference(),
                    teamOf.getOrDefault(a.getCaseReference(), teamOf.isEmpty() ? null : TEAM_NOT_RECORDED),
                    a.getAuditor(), a.getOverallGrade(), outcome));
        }
        return out;
    }

    private static List<CyclePeriod> oldestFirst(List<CyclePeriod> periods) {
        return periods.stream().sorted(Comparator.comparing(CyclePeriod::periodStart,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(CyclePeriod::id)).toList();
    }
}
