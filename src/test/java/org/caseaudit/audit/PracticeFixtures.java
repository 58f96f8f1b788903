package org.caseaudit.audit;

import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Component;

/** A real cycle on version 2 of the S47 template (graded domains) and audits assigned in it, through the services. */
@Component
public class PracticeFixtures {

    public static final int S47_WITH_DOMAINS = 2;
    private static final AtomicLong CASE = new AtomicLong(95_000);

    private final AuditCycleService cycles;
    private final SampleService samples;
    private final AuditService audits;
    private final TestCases cases;

    public PracticeFixtures(AuditCycleService cycles, SampleService samples, AuditService audits, TestCases cases) {
        this.cycles = cycles;
        this.samples = samples;
        this.audits = audits;
        this.cases = cases;
    }

    /**
     * A cycle in progress, moved on as a lead moves one: created, its sample drawn and assigned. The frame is one case
     * of the fixture's own (a team of its own, so the draw reads nothing else the database holds and no auditor is
     * kept off it by their team); assigning only locks the sample, and the fixture's audits come from {@link #audit}.
     * A cycle left "planned" would be one being prepared, and the lead's home of every later journey in the same
     * database would no longer offer to start one.
     */
    public long cycle(String name) {
        long n = CASE.incrementAndGet();
        String team = "Practice fixture team " + n;
        // March 2024: no other test's frame reaches back so far, so the fixture's teams add no stratum to theirs
        cases.add(AuditFixtures.s47Case("S47-" + n, team, 2024));
        return as("lead", () -> {
            CycleSummary cycle = cycles.create(new CycleDetails(name + " " + System.nanoTime(), "s47-enquiry",
                    S47_WITH_DOMAINS, LocalDate.of(2026, 12, 31),
                    new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2024, 3, 1),
                            LocalDate.of(2024, 3, 31), List.of(team), List.of(), 0, List.of()),
                    SampleDesign.simpleRandom(new SampleSize.Fixed(1), 0), 0));
            samples.draw(cycle.id(), cycle.version(), n);
            samples.assign(cycle.id(), cycles.get(cycle.id()).version(), n);
            return cycle.id();
        }, Roles.AUDIT_LEAD);
    }

    /** An S47 audit (template version 2) of a new case in the cycle, for {@code auditor}. */
    public long audit(long cycle, String auditor) {
        String reference = "S47-" + CASE.incrementAndGet();
        long caseId = cases.add(AuditFixtures.s47Case(reference));
        return as("lead", () -> audits.assign(List.of(new AuditAssignment(cycle, caseId, reference, "s47-enquiry",
                S47_WITH_DOMAINS, auditor, null, true, LocalDate.of(2026, 12, 1)))), Roles.AUDIT_LEAD).getFirst();
    }

    /** Saves one answer (a grade, for a domain) as the audit's auditor, with a rationale. */
    public void answer(long auditId, String auditor, String questionId, String value) {
        as(auditor, () -> {
            AnswerState s = audits.open(auditId).answersByQuestion().get(questionId);
            return audits.saveAnswer(auditId, new AnswerInput(questionId, value, "Rationale: " + value, null, null,
                    s.version()));
        }, Roles.AUDITOR);
    }

    public void grade(long auditId, String auditor, String grade) {
        as(auditor, () -> audits.saveGrade(auditId, new GradeInput(grade, "Because " + grade, null,
                audits.open(auditId).version())), Roles.AUDITOR);
    }
}
