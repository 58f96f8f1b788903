package org.caseaudit.findings.internal;

import static org.caseaudit.security.RunAs.as;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.GradeInput;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.findings.FindingsService;
import org.caseaudit.findings.ReAuditRequest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.DemoData;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;




import org.springframework.stereotype.Component;

/**
 * The demo action plan, made through the action plan service as the audit lead from the demo year's themes. Months
 * count back from the clock's month like the demo year's (with the clock in November 2026: cycles November 2025 to
 * October 2026): the chronology action from the fourth cycle (February 2026), closed two months later (April) with
 * its re-audit of cases from the eighth month on (June) done (all audits submitted, the re-audit cycle complete); an
 * open consent action from the tenth cycle (August), in progress and overdue since the last Friday of the latest
 * cycle's month; an open action on telling referrers the outcome from the eleventh cycle (September), not started and
 * due two months after the clock's month. Two delivery groups own actions too (practice standards: chronology; front
 * door: telling referrers). Runs after the audit demo year; skipped when the plan has actions or the
 * demo cycles are missing.
 */
@Component
@Order(50)
class ActionPlanDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(ActionPlanDemoData.class);

    private final ActionPlanService actions;
    private final DeliveryGroupService groups;
    private final FindingsService findings;
    private final AuditCycleService cycles;
    private final AuditService audits;
    private final Clock clock;
    private final CurrentCouncil council;

    ActionPlanDemoData(ActionPlanService actions, DeliveryGroupService groups, FindingsService findings,
            AuditCycleService cycles, AuditService audits, Clock clock,
            CurrentCouncil council) {
        this.actions = actions;
        this.groups = groups;
        this.findings = findings;
        this.cycles = cycles;
        this.audits = audits;
        this.clock = clock;
        this.council = council;
    }

    /** The demo year's month {@code index} (0 = the oldest of twelve, 11 = the latest, the month before today's). */
    private YearMonth month(int index) {
        return YearMonth.now(clock).minusMonths(12 - index);
    }

    private static LocalDate lastFriday(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    @Override
    public void load() {
        // in the demo council, resolved once rather than for every statement (as AuditDemoData)
        long demo = as("lead", council::id, Roles.AUDIT_LEAD);
        // the open action's owner is named: the lead's council's auditor, never another council's user
        DemoData.requireMembers(council, demo, "ActionPlanDemoData", List.of("lead", "auditor2"));
        CouncilScope.run(demo, this::loadInCouncil);
    }

    private void loadInCouncil() {
        as("lead", () -> {
            if (!actions.plan(true).isEmpty()) {
                return null;
            }
            Optional<CyclePeriod> chronology = cycle(month(3));
            Optional<CyclePeriod> consent = cycle(month(9));
            Optional<CyclePeriod> referrer = cycle(month(10));
            if (chronology.isEmpty() || consent.isEmpty() || referrer.isEmpty()) {
                log.warn("Action plan demo data skipped: the demo audit cycles are missing");
                return null;
            }
            Long frontDoor = group("Front Door Delivery Group", "Detective Inspector, Public Protection Unit");
            Long practice = group("Practice Standards Delivery Group", "Director of Children's Services");
            closedWithReAudit(chronology.get(), practice);
            open(consent.get(), "consent", "auditor2", "Team Manager, South Assessment Team", null,
                    lastFriday(month(11)), ActionStatus.IN_PROGRESS,
                    "Consent field added to the contact form in the test system; go-live waits for the supplier");
            open(referrer.get(), "communication-with-referrer", null, "Head of MASH", frontDoor,
                    lastFriday(YearMonth.now(clock).plusMonths(2)), ActionStatus.NOT_STARTED, null);
            return null;
        }, Roles.AUDIT_LEAD);
    }

    /** A demo delivery group, or the one already there by that name. */
    private Long group(String name, String chair) {
        return groups.list().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseGet(() -> groups.save(null, 0, name, chair)).id();
    }

    /** The demo year's S47 cycle of a month. */
    private Optional<CyclePeriod> cycle(YearMonth month) {
        return findings.cycles().stream().filter(c -> c.name().startsWith("S47 enquiries ")
                && month.atDay(1).equals(c.periodStart())).findFirst();
    }

    private Optional<ActionItem> fromTheme(CyclePeriod cycle, String theme) {
        List<ActionItem> created = actions.createFromThemes(cycle.id(), List.of(theme));
        if (created.isEmpty()) {
            log.warn("Action plan demo data: no {} theme in {}", theme, cycle.name());
        }
        return created.stream().findFirst();
    }

    private void open(CyclePeriod cycle, String theme, String owner, String ownerName, Long group, LocalDate due,
            ActionStatus status, String note) {
        fromTheme(cycle, theme).ifPresent(a -> {
            ActionItem updated = actions.update(a.id(), a.version(), new ActionForm(a.issue(), a.action(), owner,
                    ownerName, due, status, group));
            if (note != null) {
                actions.addNote(updated.id(), note);
            }
        });
    }

    /** The chronology action: completed with evidence, its re-audit of later cases audited and complete. */
    private void closedWithReAudit(CyclePeriod source, Long group) {
        Optional<ActionItem> found = fromTheme(source, "chronology");
        if (found.isEmpty()) {
            return;
        }
        ActionItem a = actions.update(found.get().id(), found.get().version(), new ActionForm(found.get().issue(),
                "Chronology template updated so it is refreshed after every strategy discussion; team managers check "
                        + "the chronology in monthly supervision", "lead", "Head of Safeguarding and Quality Assurance",
                month(5).atEndOfMonth(), ActionStatus.IN_PROGRESS, group));
        actions.addNote(a.id(), "Template change agreed at the practice standards group; briefing to all team "
                + "managers booked");
        a = actions.get(a.id());
        LocalDate live = month(5).atDay(14);
        actions.complete(a.id(), a.version(), "New chronology template live from "
                + live.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "; briefing attended by "
                + "all 8 team managers (attendance list on the QA SharePoint)", live);
        a = actions.get(a.id());
        ActionItem launched = actions.launchReAudit(a.id(), a.version(),
                new ReAuditRequest(month(7).atDay(1), ActionPlanService.REAUDIT_SAMPLE_SIZE, 2026_0614L,
                        LocalDate.now(clock).plusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY))));
        long cycleId = launched.reauditCycleId();
        for (AuditSummary s : audits.cycleAudits(cycleId)) {
            if (s.kind() == AuditKind.AUDIT) {
                answerAndSubmit(s);
            }
        }
        CycleSummary c = cycles.get(cycleId);
        if (audits.cycleAudits(cycleId).stream().noneMatch(s -> s.kind() == AuditKind.MODERATION)) {
            c = cycles.advance(cycleId, c.version());
            cycles.advance(cycleId, c.version());
        }
    }

    /** The re-audit as its auditor would answer it after the change: the proposals, otherwise mostly "Yes". */
    private void answerAndSubmit(AuditSummary s) {
        String role = s.auditor().equals("moderator") ? Roles.MODERATOR : Roles.AUDITOR;
        as(s.auditor(), () -> {
            audits.open(s.id());
            AuditDetails d = audits.open(s.id());
            boolean grade = d.template().overallGradeIfAny().isPresent();
            if (grade) {
                audits.saveGrade(s.id(), new GradeInput("Good", "The change has taken hold on this file",
                        "Chronology up to date", d.version()));
            }
            int n = 0;
            List<AnswerInput> inputs = new ArrayList<>();
            for (QuestionDefinition q : d.template().questions().toList()) {
                if (q.scale().options().isEmpty()) {
                    continue;
                }
                AnswerState a = d.answersByQuestion().get(q.id());
                String value = a.derivedValue() != null && q.scale().options().contains(a.derivedValue())
                        ? a.derivedValue() : q.scale().options().contains("Yes") && n++ % 7 != 3 ? "Yes"
                        : q.scale().options().contains("Not applicable") ? "Not applicable" : q.scale()
                        .options().get(0);
                String note = q.scale().nonCompliantOptions().contains(value) ? "Seen on the file at re-audit" : null;
                inputs.add(new AnswerInput(q.id(), value, note, "Case notes", null, a.version()));
            }
            audits.saveAnswers(s.id(), inputs);
            audits.submit(s.id());
            return null;
        }, role, Roles.AUDITOR);
    }
}
