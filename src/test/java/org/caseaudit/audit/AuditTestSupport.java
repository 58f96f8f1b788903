package org.caseaudit.audit;

import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.QuestionDefinition;
import org.springframework.stereotype.Component;

/** Creates audits on fresh cycles and answers them completely, through the services. */
@Component
public class AuditTestSupport {

    private static final AtomicLong CYCLE = new AtomicLong(9_000);
    private static final AtomicLong CASE = new AtomicLong(90_000);

    private final AuditService audits;
    private final TestCases cases;
    private final AuditCycleService cycles;

    public AuditTestSupport(AuditService audits, TestCases cases, AuditCycleService cycles) {
        this.audits = audits;
        this.cases = cases;
        this.cycles = cycles;
    }

    /**
     * A new cycle created by the audit lead through the cycles service in the current council (S47 checklist version
     * 1, March 2026, nothing drawn, named {@code Test cycle <n>}): audits are assigned only in a cycle the council has.
     */
    public long newCycle() {
        String name = "Test cycle " + CYCLE.incrementAndGet() + "-" + System.nanoTime();
        return as("lead", () -> cycles.create(new CycleDetails(name, "s47-enquiry", 1, LocalDate.of(2026, 6, 30),
                FrameDefinition.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                SampleDesign.simpleRandom(new SampleSize.Fixed(1), 0), 0)), Roles.AUDIT_LEAD).id();
    }

    /** The name of a cycle of the current council, as the lead sees it. */
    public String cycleName(long cycle) {
        return as("lead", () -> cycles.get(cycle).name(), Roles.AUDIT_LEAD);
    }

    /** Assigns an S47 audit of a new case to {@code auditor}, moderated (blind) by {@code moderator} if not null. */
    public long assign(long cycle, String auditor, String moderator) {
        String reference = "S47-" + CASE.incrementAndGet();
        long caseId = cases.add(AuditFixtures.s47Case(reference));
        return as("lead", () -> audits.assign(List.of(new AuditAssignment(cycle, caseId, reference,
                "s47-enquiry", 1, auditor, moderator, true, LocalDate.of(2026, 12, 1)))), Roles.AUDIT_LEAD).getFirst();
    }

    /**
     * Starts an audit as its auditor without answering anything: opening no longer starts it, a first save does, and
     * a save that changes nothing still starts it (its answer rows are created).
     */
    public void start(long auditId, String user, String role) {
        as(user, () -> {
            AuditDetails d = audits.open(auditId);
            String first = d.template().questions().findFirst().orElseThrow().id();
            return audits.saveAnswer(auditId, new AnswerInput(first, null, null, null, null, 0));
        }, role);
    }

    /** Answers every question: the proposal where there is one, else {@code otherwise}; notes where needed; a grade. */
    public void answerAll(long auditId, String user, String otherwise, String grade, String role) {
        as(user, () -> {
            AuditDetails d = audits.open(auditId);
            for (QuestionDefinition q : d.template().questions().toList()) {
                AnswerState s = d.answersByQuestion().get(q.id());
                if (q.scale().options().isEmpty()) {
                    continue;
                }
                String value = s.derivedValue() != null ? s.derivedValue()
                        : q.scale().options().contains(otherwise) ? otherwise : q.scale().options().getFirst();
                String note = q.scale().nonCompliantOptions().contains(value) ? "Seen on file: " + value : null;
                audits.saveAnswer(auditId, new AnswerInput(q.id(), value, note, "Case notes", null, s.version()));
            }
            long version = audits.open(auditId).version();
            audits.saveGrade(auditId, new GradeInput(grade, "Rationale for " + grade, "Timely visits", version));
            return null;
        }, role);
    }

    /** Answers every question as {@link #answerAll} does, then submits the audit as {@code user}. */
    public void submitAll(long auditId, String user, String otherwise, String grade, String role) {
        answerAll(auditId, user, otherwise, grade, role);
        asRun(user, () -> audits.submit(auditId), role);
    }

    /**
     * A submitted S47 audit of a new case in {@code cycle} by {@code auditor}, not moderated, as {@link #answerAll}.
     */
    public long submitted(long cycle, String auditor, String otherwise, String grade) {
        long id = assign(cycle, auditor, null);
        submitAll(id, auditor, otherwise, grade, Roles.AUDITOR);
        return id;
    }
}
