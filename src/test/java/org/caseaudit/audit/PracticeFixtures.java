package org.caseaudit.audit;

import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Component;

/** A real cycle on version 2 of the S47 template (graded domains) and audits assigned in it, through the services. */
@Component
public class PracticeFixtures {

    public static final int S47_WITH_DOMAINS = 2;
    private static final AtomicLong CASE = new AtomicLong(95_000);

    private final AuditCycleService cycles;
    private final AuditService audits;
    private final TestCases cases;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public PracticeFixtures(AuditCycleService cycles, AuditService audits, TestCases cases,
                            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.cycles = cycles;
        this.audits = audits;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * A cycle in progress (its audits are assigned here without a draw, so the fixture moves it on as assigning a drawn
     * sample would: a cycle left "planned" would be a cycle being prepared, and the lead's home of every later journey
     * in the same database would no longer offer to start one).
     */
    public long cycle(String name) {
        long id = as("lead", () -> cycles.create(new CycleDetails(name + " " + System.nanoTime(), "s47-enquiry",
                S47_WITH_DOMAINS, LocalDate.of(2026, 12, 31),
                FrameDefinition.period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                SampleDesign.simpleRandom(new SampleSize.Fixed(3), 0), 0)).id(), Roles.AUDIT_LEAD);
        jdbc.update("UPDATE audit_cycle SET status = 'IN_PROGRESS' WHERE id = ?", id);
        return id;
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
