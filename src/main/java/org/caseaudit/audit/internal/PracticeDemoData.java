package org.caseaudit.audit.internal;

import static org.caseaudit.security.RunAs.as;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.Collaboration;
import org.caseaudit.audit.CollaborationInput;
import org.caseaudit.audit.CollaborativeAuditService;
import org.caseaudit.audit.FamilyFeedbackInput;
import org.caseaudit.audit.FamilyFeedbackService;
import org.caseaudit.audit.FeedbackAnswer;
import org.caseaudit.audit.FeedbackRespondent;
import org.caseaudit.audit.GradeAgreement;
import org.caseaudit.audit.GradeInput;
import org.caseaudit.audit.IssuedFeedbackLink;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.DemoData;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A small collaborative cycle for the demo (issue #27): "Child's experience (collaborative) <month>", the month before
 * last (so the S47 series stays the latest for "Start a new cycle"), on version 2 of the qualitative template (graded
 * domains: the child's experience, the impact on the child). Eight cases are drawn, audited with the practitioner
 * (cycle in collaborative mode, one audit overridden to not collaborative), each with domain grades, most with a
 * reflection, agreement with the grade or a disagreement with its reason; feedback links to families, some answered,
 * some not. Deterministic (fixed seeds); skipped when the cycle exists. Made through the services, as the demo users.
 */
@Component
@Order(45)
class PracticeDemoData implements DemoData {

    static final String NAME_PREFIX = "Child's experience (collaborative) ";
    static final String TEMPLATE = "qualitative-decision-making";
    static final int VERSION = 2;
    private static final Logger log = LoggerFactory.getLogger(PracticeDemoData.class);
    private static final String[] GRADES = AnswerScale.OFSTED_GRADE.options().toArray(String[]::new);
    private static final List<String> PRACTITIONERS = List.of("Sam Worker", "Jo Patel", "Chris Evans", "Amira Lee",
            "Tom Hall", "Priya Shah", "Ben Carter", "Lucy Grant");

    private final AuditService audits;
    private final CollaborativeAuditService collaboration;
    private final FamilyFeedbackService feedback;
    private final AuditCycleService cycles;
    private final SampleService samples;
    private final Clock clock;
    private final CurrentCouncil council;

    PracticeDemoData(AuditService audits, CollaborativeAuditService collaboration, FamilyFeedbackService feedback,
                     AuditCycleService cycles, SampleService samples, Clock clock,
            CurrentCouncil council) {
        this.audits = audits;
        this.collaboration = collaboration;
        this.feedback = feedback;
        this.cycles = cycles;
        this.samples = samples;
        this.clock = clock;
        this.council = council;
    }

    static YearMonth month(Clock clock) {
        return YearMonth.now(clock).minusMonths(2);
    }

    static String name(YearMonth month) {
        return NAME_PREFIX + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }

    @Override
    public void load() {
        // in the demo council, resolved once rather than for every statement (as AuditDemoData)
        long demo = as("lead", council::id, Roles.AUDIT_LEAD);
        DemoData.requireMembers(council, demo, "PracticeDemoData", List.of("lead"));
        CouncilScope.run(demo, this::loadInCouncil);
    }

    private void loadInCouncil() {
        // the month before last: the latest whole-month cycle stays the S47 series' (NextCycle follows the latest)
        YearMonth month = month(clock);
        String name = name(month);
        boolean exists = as("lead", () -> cycles.list().stream().map(CycleSummary::name).anyMatch(name::equals),
                Roles.AUDIT_LEAD);
        if (exists) {
            return;
        }
        LocalDate due = month.atEndOfMonth().plusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        List<AuditSummary> created;
        try {
            created = as("lead", () -> {
                CycleSummary cycle = cycles.create(new CycleDetails(name, TEMPLATE, VERSION, due,
                        FrameDefinition.period(month.atDay(1), month.atEndOfMonth()),
                        SampleDesign.simpleRandom(new SampleSize.Fixed(8), 0), 0));
                samples.draw(cycle.id(), cycle.version(), 2027_0027L);
                samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 2_700L);
                collaboration.setCycleCollaborative(cycle.id(), true);
                audits.createForCycle(cycle.id());
                return audits.cycleAudits(cycle.id());
            }, Roles.AUDIT_LEAD);
        } catch (RuntimeException e) {
            log.warn("Collaborative demo cycle skipped: {}", e.getMessage());
            return;
        }
        int n = 0;
        for (AuditSummary a : created) {
            if (a.kind() == AuditKind.AUDIT) {
                try {
                    audit(a, n++);
                } catch (RuntimeException e) {
                    // demo data never stops the application starting: say what failed and go on
                    log.warn("Collaborative demo audit {} left unfinished: {} {}", a.id(), e.getMessage(),
                            e instanceof org.caseaudit.audit.SubmitRefusedException r ? r.missing() : "");
                }
            }
        }
        log.info("Demo collaborative cycle loaded: {} audits", n);
    }

    private void audit(AuditSummary audit, int n) {
        Random rnd = new Random(2_027L * audit.caseId() + n);
        String who = audit.auditor();
        String[] roles = who.equals("moderator") ? new String[] {Roles.MODERATOR, Roles.AUDITOR}
                : new String[] {Roles.AUDITOR};
        String overall = GRADES[Math.min(3, Math.max(0, 1 + (int) Math.round(rnd.nextGaussian() * 0.8)))];
        as(who, () -> {
            if (n == 7) {
                collaboration.setAuditMode(audit.id(), false); // one audit done without the practitioner
            }
            AuditDetails d = audits.open(audit.id());
            audits.saveGrade(audit.id(), new GradeInput(overall, "Weighed the judgements above: "
                    + overall.toLowerCase(),
                    "The child's views were sought", d.version()));
            List<AnswerInput> inputs = new ArrayList<>();
            for (QuestionDefinition q : d.template().questions().toList()) {
                AnswerState s = d.answersByQuestion().get(q.id());
                // a proposal from the case data is confirmed (overriding it would need a reason)
                String value = s.derivedValue() != null ? s.derivedValue() : value(q, overall, rnd);
                boolean low = q.scale().nonCompliantOptions().contains(value);
                inputs.add(new AnswerInput(q.id(), value,
                        low ? "Seen on file: " + value.toLowerCase() : null, "Case notes", null, s.version()));
            }
            audits.saveAnswers(audit.id(), inputs);
            audits.submit(audit.id());
            if (n == 7) {
                return null;
            }
            Collaboration c = collaboration.collaboration(audit.id());
            boolean reflected = n % 4 != 3;
            c = collaboration.record(audit.id(), new CollaborationInput(PRACTITIONERS.get(n), "Social worker",
                    "Terry Manager", "Team manager", reflected ? "Saw the child alone and recorded their words" : null,
                    reflected ? "Update the chronology after each visit" : null,
                    "Thank you for walking through the case with me", c.version()));
            boolean disagrees = n == 2 || n == 5;
            collaboration.recordAgreement(audit.id(), disagrees ? GradeAgreement.DISAGREES : GradeAgreement.AGREES,
                    disagrees ? "The impact on the child is better than the record shows" : null, c.version());
            IssuedFeedbackLink parent = feedback.issue(audit.id(), FeedbackRespondent.PARENT);
            if (n % 2 == 0) {
                IssuedFeedbackLink young = feedback.issue(audit.id(), FeedbackRespondent.YOUNG_PERSON);
                if (n % 4 == 0) {
                    answer(young, rnd);
                }
            }
            if (n % 3 != 1) {
                answer(parent, rnd);
            }
            return null;
        }, roles);
    }

    private void answer(IssuedFeedbackLink link, Random rnd) {
        FeedbackAnswer[] answers = FeedbackAnswer.values();
        String token = link.path().substring(FamilyFeedbackService.ROUTE.length() + 1);
        feedback.submit(token, new FamilyFeedbackInput(answers[rnd.nextInt(2)], answers[rnd.nextInt(3)],
                answers[rnd.nextInt(4)], rnd.nextBoolean() ? "They listened and explained what would happen" : null),
                "demo-data");
    }

    /** A believable answer near the overall grade. */
    private static String value(QuestionDefinition q, String overall, Random rnd) {
        return switch (q.scale()) {
            case OFSTED_GRADE -> {
                int base = List.of(GRADES).indexOf(overall);
                yield GRADES[Math.min(3, Math.max(0, base + rnd.nextInt(3) - 1))];
            }
            case YES_NO_NA -> rnd.nextInt(5) == 0 ? "No" : "Yes";
            case YES_PARTLY_NO_NA -> new String[] {"Yes", "Yes", "Partly", "No"}[rnd.nextInt(4)];
            case FREE_TEXT -> "The worker knew the child well; the record shows it.";
            default -> null;
        };
    }
}
