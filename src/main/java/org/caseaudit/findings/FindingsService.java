package org.caseaudit.findings;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caseaudit.audit.CycleProgress;
import org.caseaudit.audit.FinalAnswerService;
import org.caseaudit.audit.FinalAudit;
import org.caseaudit.audit.FinalValues;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.sampling.CycleStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateDefinition;
import org.caseaudit.templates.TemplateNotFoundException;
import org.caseaudit.templates.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's figures from its final answers: compliance per question with Wilson intervals, themes, findings and
 * strengths, audit progress, and trends of a question over a template's cycles.
 * <p>
 * Roles: aggregate figures without case data (compliance, themes, trends, progress, cycles) are open to the audit
 * lead, administrators and panel viewers (the dashboard and anonymised reports suppress small counts for panel
 * viewers; that is the caller's presentation rule). Findings and strengths carry case references, evidence notes and
 * free text, so they are for the audit lead and administrators only, and every read of them is audit-trailed.
 */
@Service
public class FindingsService {

    static final String TARGET = "audit_cycle";

    private final FinalAnswerService finalAnswers;
    private final AuditCycleService cycles;
    private final TemplateService templateService;
    private final ApplicationEventPublisher trail;
    private final org.caseaudit.sampling.SampleService samples;
    private final Map<String, TemplateDefinition> templateCache = new ConcurrentHashMap<>();

    FindingsService(FinalAnswerService finalAnswers, AuditCycleService cycles, TemplateService templateService,
            ApplicationEventPublisher trail, org.caseaudit.sampling.SampleService samples) {
        this.finalAnswers = finalAnswers;
        this.cycles = cycles;
        this.templateService = templateService;
        this.trail = trail;
        this.samples = samples;
    }

    /**
     * A cycle's results by the team of each audited case (from the sample record), teams in name order: the audit
     * lead's breakdown with a drill-down to the cycle's findings. Small numbers per team: not for the panel.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamFigures> teamBreakdown(long cycleId) {
        Map<String, String> teamOf = caseTeams(cycleId);
        Map<String, List<FinalAudit>> byTeam = new java.util.TreeMap<>();
        for (FinalAudit a : finalAnswers.finalAudits(cycleId)) {
            byTeam.computeIfAbsent(teamOf.getOrDefault(a.caseReference(), "Team not recorded"),
                    k -> new ArrayList<>()).add(a);
        }
        List<TeamFigures> out = new ArrayList<>();
        byTeam.forEach((team, audits) -> {
            long withFindings = FindingsCalculator.findings(audits, this::template).stream()
                    .mapToLong(Finding::auditId).distinct().count();
            int compliant = 0;
            int audited = 0;
            for (QuestionCompliance q : FindingsCalculator.compliance(FindingsCalculator.values(audits),
                    this::template)) {
                if (q.keyMeasure()) {
                    compliant += q.compliant();
                    audited += q.audited();
                }
            }
            out.add(new TeamFigures(team, audits.size(), (int) withFindings, compliant, audited));
        });
        return out;
    }

    /** The audit cycles (name, template, period), newest period first. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<CyclePeriod> cycles() {
        return cycles.periods();
    }

    /** Compliance per question of every compliance question in the checklists used, in checklist order. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public CycleCompliance compliance(long cycleId) {
        List<QuestionCompliance> rows = FindingsCalculator.compliance(finalAnswers.finalValues(cycleId),
                this::template);
        return new CycleCompliance(cycleId, cycleName(cycleId), finalAnswers.progress(cycleId), rows);
    }

    /** The team of each drawn case of a cycle's sample, by case reference (for the drill-down by team). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, String> caseTeams(long cycleId) {
        Map<String, String> teamOf = new java.util.HashMap<>();
        samples.sample(cycleId).ifPresent(s -> s.items().forEach(i -> {
            if (i.caseReference() != null && i.team() != null) {
                teamOf.put(i.caseReference(), i.team());
            }
        }));
        return teamOf;
    }

    /** Audits done of all audits of the cycle. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public CycleProgress progress(long cycleId) {
        return finalAnswers.progress(cycleId);
    }

    /** Findings grouped by theme tag and question, most files first. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<Theme> themes(long cycleId) {
        return FindingsCalculator.themes(finalAnswers.finalValues(cycleId), this::template);
    }

    /** Every partly or non-compliant final answer of the cycle, by audit and checklist order. Audit-trailed. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public List<Finding> findings(long cycleId) {
        List<Finding> list = FindingsCalculator.findings(finalAnswers.finalAudits(cycleId), this::template);
        trail.publishEvent(new FindingsTrail.FindingsViewed(cycleId, list.size()));
        return list;
    }

    /** Compliant key measures and the auditors' strengths text. Audit-trailed (the text may name case details). */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public Strengths strengths(long cycleId) {
        Strengths s = FindingsCalculator.strengths(finalAnswers.finalAudits(cycleId), this::template);
        trail.publishEvent(new FindingsTrail.StrengthsViewed(cycleId, s.notes().size()));
        return s;
    }

    /**
     * Compliance with one question over the last {@code lastCycles} cycles that use its template and have started
     * auditing (in progress, moderation or complete), oldest first. Cycles with nothing audited yet are points with
     * audited 0.
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public Trend trend(String templateId, String questionId, int lastCycles) {
        List<CyclePeriod> chosen = trendCycles(templateId, lastCycles);
        QuestionDefinition definition = null;
        List<Trend.Point> points = new ArrayList<>();
        for (CyclePeriod c : chosen) {
            Optional<QuestionCompliance> q = FindingsCalculator.compliance(finalAnswers.finalValues(c.id()),
                    this::template).stream().filter(r -> r.templateId().equals(templateId)
                    && r.questionId().equals(questionId)).findFirst();
            points.add(point(c, q.orElse(null)));
            if (definition == null && c.templateVersion() != null) {
                definition = template(templateId, c.templateVersion()).question(questionId).orElse(null);
            }
        }
        return new Trend(templateId, questionId, definition == null ? questionId : definition.text(),
                definition != null && definition.keyMeasure(), points);
    }

    /** The trend of every key measure of a template (newest version's key measures), in checklist order. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER})
    @Transactional(readOnly = true)
    public List<Trend> keyMeasureTrends(String templateId, int lastCycles) {
        List<CyclePeriod> chosen = trendCycles(templateId, lastCycles);
        Map<Long, List<QuestionCompliance>> perCycle = new java.util.LinkedHashMap<>();
        for (CyclePeriod c : chosen) {
            perCycle.put(c.id(), FindingsCalculator.compliance(finalAnswers.finalValues(c.id()), this::template));
        }
        Optional<TemplateDefinition> newest = chosen.stream().map(CyclePeriod::templateVersion)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).map(v -> template(templateId, v));
        if (newest.isEmpty()) {
            return List.of();
        }
        List<Trend> trends = new ArrayList<>();
        for (QuestionDefinition q : newest.get().questions().filter(QuestionDefinition::keyMeasure).toList()) {
            List<Trend.Point> points = new ArrayList<>();
            for (CyclePeriod c : chosen) {
                points.add(point(c, perCycle.get(c.id()).stream().filter(r -> r.questionId().equals(q.id()))
                        .findFirst().orElse(null)));
            }
            trends.add(new Trend(templateId, q.id(), q.text(), true, points));
        }
        return trends;
    }

    /**
     * Compliance with one question pooled over the cycles of template version {@code templateVersion} whose period
     * starts from {@code from} to {@code to} (inclusive) and that have started auditing: counts only. The partnership
     * comparison reads it for each council (inside that council's scope).
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PooledCompliance pooled(String templateId, int templateVersion, String questionId, LocalDate from,
            LocalDate to) {
        int cycleCount = 0;
        int compliant = 0;
        int audited = 0;
        for (CyclePeriod c : cycles.periods()) {
            if (!templateId.equals(c.templateId()) || c.templateVersion() == null
                    || c.templateVersion() != templateVersion || c.periodStart() == null
                    || c.periodStart().isBefore(from) || c.periodStart().isAfter(to)
                    || !(c.status() == CycleStatus.IN_PROGRESS || c.status() == CycleStatus.MODERATION
                    || c.status() == CycleStatus.COMPLETE)) {
                continue;
            }
            cycleCount++;
            for (QuestionCompliance q : FindingsCalculator.compliance(finalAnswers.finalValues(c.id()),
                    this::template)) {
                if (q.templateId().equals(templateId) && q.questionId().equals(questionId)) {
                    compliant += q.compliant();
                    audited += q.audited();
                }
            }
        }
        return new PooledCompliance(templateId, templateVersion, questionId, cycleCount, compliant, audited);
    }

    String cycleName(long cycleId) {
        return cycles.periods().stream().filter(c -> c.id() == cycleId).findFirst().map(CyclePeriod::name)
                .orElse("Cycle " + cycleId);
    }

    private List<CyclePeriod> trendCycles(String templateId, int lastCycles) {
        List<CyclePeriod> matching = cycles.periods().stream()
                .filter(c -> templateId.equals(c.templateId()))
                .filter(c -> c.status() == CycleStatus.IN_PROGRESS || c.status() == CycleStatus.MODERATION
                        || c.status() == CycleStatus.COMPLETE)
                .sorted(Comparator.comparing(CyclePeriod::periodStart, Comparator.nullsFirst(LocalDate::compareTo))
                        .thenComparingLong(CyclePeriod::id))
                .toList();
        int from = Math.max(0, matching.size() - Math.max(0, lastCycles));
        return matching.subList(from, matching.size());
    }

    private static Trend.Point point(CyclePeriod c, QuestionCompliance q) {
        if (q == null) {
            return new Trend.Point(c.id(), c.name(), c.periodStart(), c.periodEnd(), 0, 0, Double.NaN, null, true);
        }
        return new Trend.Point(c.id(), c.name(), c.periodStart(), c.periodEnd(), q.compliant(), q.audited(),
                q.percent(), q.interval(), q.smallSample());
    }

    TemplateDefinition template(String templateId, Integer version) {
        return templateCache.computeIfAbsent(templateId + "/" + version, k -> templateService.find(templateId, version)
                .orElseThrow(() -> new TemplateNotFoundException(templateId, version)));
    }
}
