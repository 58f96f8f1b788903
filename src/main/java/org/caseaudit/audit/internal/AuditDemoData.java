package org.caseaudit.audit.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.CaseFile;
import org.caseaudit.audit.Comparison;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.DemoData;
import org.caseaudit.templates.QuestionDefinition;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A demo audit cycle: one S47 audit not started (for the walk-through), one in progress, one submitted, one moderated
 * blind and agreed, one waiting for its blind moderation, and an independent member's qualitative audit. Goes through
 * the services as the demo users, so the audit trail and history are real. Runs after the case and sampling demo
 * data; skipped when the cycle exists. Until the case register is wired in, the case files live in memory
 * ({@link RegisteredCaseFiles}) and are registered at every start.
 */
@Component
@Order(40)
class AuditDemoData implements DemoData {

    static final long DEMO_CYCLE = 1;

    private final AuditService audits;
    private final ModerationService moderation;
    private final RegisteredCaseFiles files;

    AuditDemoData(AuditService audits, ModerationService moderation, RegisteredCaseFiles files) {
        this.audits = audits;
        this.moderation = moderation;
        this.files = files;
    }

    @Override
    public void load() {
        List<CaseFile> cases = List.of(
                file(800_001, "S47-2026-0101", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 26), true, false, null),
                file(800_002, "S47-2026-0102", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 20), true, false,
                        LocalDate.of(2026, 3, 5)),
                file(800_003, "S47-2026-0103", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 27), false, true, null),
                file(800_004, "S47-2026-0104", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 4, 8), true, false,
                        LocalDate.of(2026, 3, 12)),
                file(800_005, "S47-2026-0105", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 2), null, false, null),
                file(800_006, "S47-2026-0106", LocalDate.of(2026, 3, 18), LocalDate.of(2026, 4, 9), true, true,
                        LocalDate.of(2026, 3, 19)));
        cases.forEach(files::register);
        if (as("lead", () -> audits.cycles().contains(DEMO_CYCLE), Roles.AUDIT_LEAD)) {
            return;
        }
        LocalDate due = LocalDate.of(2026, 12, 11);
        List<Long> ids = as("lead", () -> audits.assign(List.of(
                assignment(cases.get(0), "s47-enquiry", "auditor", null, due),
                assignment(cases.get(1), "s47-enquiry", "auditor", null, due),
                assignment(cases.get(2), "s47-enquiry", "auditor2", null, due),
                assignment(cases.get(3), "s47-enquiry", "auditor2", "moderator", due),
                assignment(cases.get(4), "s47-enquiry", "auditor3", "moderator", due),
                assignment(cases.get(5), "qualitative-decision-making", "member", null, due))), Roles.AUDIT_LEAD);

        answer(ids.get(1), "auditor", Roles.AUDITOR, "Yes", null, 6);
        answer(ids.get(2), "auditor2", Roles.AUDITOR, "Yes", "Good", Integer.MAX_VALUE);
        submit(ids.get(2), "auditor2", Roles.AUDITOR);
        answer(ids.get(3), "auditor2", Roles.AUDITOR, "Yes", "Good", Integer.MAX_VALUE);
        submit(ids.get(3), "auditor2", Roles.AUDITOR);
        answer(ids.get(4), "auditor3", Roles.AUDITOR, "Partly", "Requires improvement to be good", Integer.MAX_VALUE);
        submit(ids.get(4), "auditor3", Roles.AUDITOR);

        long moderated = ids.get(3);
        long moderationOfFourth = as("moderator", () -> audits.myAudits().stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == moderated).findFirst()
                .orElseThrow().id(), Roles.MODERATOR, Roles.AUDITOR);
        answer(moderationOfFourth, "moderator", Roles.MODERATOR, "Partly", "Requires improvement to be good",
                Integer.MAX_VALUE);
        submit(moderationOfFourth, "moderator", Roles.MODERATOR);
        as("lead", () -> {
            Comparison c = moderation.comparison(moderated);
            for (Comparison.Row row : c.rows()) {
                if (!row.agrees()) {
                    moderation.agree(moderated, row.questionId(), row.moderatorValue(),
                            "Agreed at moderation: the file supports the moderator's reading");
                }
            }
            moderation.complete(moderated);
            return null;
        }, Roles.AUDIT_LEAD);
    }

    private static AuditAssignment assignment(CaseFile f, String template, String auditor, String moderator,
            LocalDate due) {
        return new AuditAssignment(DEMO_CYCLE, f.caseId(), f.caseReference(), template, 1, auditor, moderator, true, due);
    }

    /** Answers up to {@code limit} questions: the proposal where there is one, else {@code otherwise}. */
    private void answer(long auditId, String user, String role, String otherwise, String grade, int limit) {
        as(user, () -> {
            AuditDetails d = audits.open(auditId);
            int done = 0;
            for (QuestionDefinition q : d.template().questions().toList()) {
                if (q.scale().options().isEmpty() || done++ >= limit) {
                    continue;
                }
                AnswerState s = d.answersByQuestion().get(q.id());
                String value = s.derivedValue() != null ? s.derivedValue()
                        : q.scale().options().contains(otherwise) ? otherwise : q.scale().options().get(1);
                String note = q.scale().nonCompliantOptions().contains(value)
                        ? "Seen on the file: see the case notes for the detail" : null;
                audits.saveAnswer(auditId, new AnswerInput(q.id(), value, note, "Case notes", null, s.version()));
            }
            if (grade != null) {
                audits.saveGrade(auditId, new org.caseaudit.audit.GradeInput(grade,
                        "Weighed the compliance answers against the strengths seen", "Child seen promptly",
                        audits.open(auditId).version()));
            }
            return null;
        }, role, Roles.AUDITOR);
    }

    private void submit(long auditId, String user, String role) {
        as(user, () -> {
            audits.submit(auditId);
            return null;
        }, role, Roles.AUDITOR);
    }

    private static CaseFile file(long id, String ref, LocalDate strategy, LocalDate icpc, Boolean consent,
            boolean chronology, LocalDate oversight) {
        return new CaseFile(id, ref, "North Assessment Team", "Demo Worker", "Demo Manager", strategy, strategy,
                List.of(strategy), strategy, CaseFile.S47Result.ICPC, strategy.plusDays(14), icpc, strategy, null,
                null, consent, consent == null ? null : strategy, false, null, chronology,
                chronology ? strategy.plusDays(200) : null, oversight, strategy.plusDays(1), 2);
    }

    private static <T> T as(String user, Supplier<T> work, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                Arrays.stream(roles).distinct().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
