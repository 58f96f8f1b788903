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
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.S47Outcome;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.DemoData;
import org.caseaudit.templates.QuestionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A demo audit cycle: one S47 audit not started (for the walk-through), one in progress, one submitted, one moderated
 * blind and agreed, one waiting for its blind moderation, and an independent member's qualitative audit. Goes through
 * the services as the demo users, so the audit trail and history are real, on six register cases that had a
 * conference. Runs after the case (and sampling) demo data; skipped when the cycle exists. The cycle id is fixed and
 * not a sampling cycle (a demo cycle drawn and assigned through the sampling module would be better).
 */
@Component
@Order(40)
class AuditDemoData implements DemoData {

    /** Far above the sampling module's cycle ids: this demo cycle was not drawn through sampling. */
    static final long DEMO_CYCLE = 1_000_001;

    private static final Logger log = LoggerFactory.getLogger(AuditDemoData.class);

    private final AuditService audits;
    private final ModerationService moderation;
    private final CaseRegisterService register;

    AuditDemoData(AuditService audits, ModerationService moderation, CaseRegisterService register) {
        this.audits = audits;
        this.moderation = moderation;
        this.register = register;
    }

    @Override
    public void load() {
        if (as("lead", () -> audits.cycles().contains(DEMO_CYCLE), Roles.AUDIT_LEAD)) {
            return;
        }
        List<CaseFile> cases = as("lead", () -> register.find(
                new CaseFilter(null, null, null, S47Outcome.ICPC, true, null), PageRequest.of(0, 6)), Roles.AUDIT_LEAD)
                .stream().map(f -> CaseFile.from(f.id(), f.data())).toList();
        if (cases.size() < 6) {
            log.warn("Audit demo data skipped: the case register holds fewer than 6 cases with a conference");
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
