package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class FeedbackServiceTest {

    @Autowired AuditService audits;
    @Autowired FeedbackService feedback;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;

    private long submittedAudit() {
        return support.submitted(support.newCycle(), "auditor", "No", "Requires improvement to be good");
    }

    @Test
    void the_lead_shares_a_finished_audit_with_the_team_manager_who_reads_it_and_replies_and_the_reply_is_kept() {
        long id = submittedAudit();
        List<UserSummary> managers = as("lead", () -> feedback.teamManagersFor(id), Roles.AUDIT_LEAD);
        assertThat(managers.getFirst().username()).as("the case's team first").isEqualTo("manager");

        asRun("lead", () -> feedback.share(id, "manager", "Please discuss with the social worker"), Roles.AUDIT_LEAD);

        List<SharedAudit> mine = as("manager", () -> feedback.sharedWithMe(), Roles.TEAM_MANAGER);
        assertThat(mine).extracting(SharedAudit::auditId).contains(id);
        AuditFeedback f = as("manager", () -> feedback.feedback(id), Roles.TEAM_MANAGER);
        assertThat(f.mayReply()).isTrue();
        assertThat(f.overallGrade()).isEqualTo("Requires improvement to be good");
        assertThat(f.findings()).isPositive();
        assertThat(f.items()).filteredOn(AuditFeedback.Item::finding)
                .allSatisfy(i -> assertThat(i.evidenceNote()).isNotBlank());
        assertThat(f.shares()).extracting(AuditFeedback.Share::message).containsExactly(
                "Please discuss with the social worker");

        asRun("manager", () -> feedback.reply(id, "  Discussed in supervision on 20/11; chronology now on file. "),
                Roles.TEAM_MANAGER);

        AuditFeedback after = as("auditor", () -> feedback.feedback(id), Roles.AUDITOR);
        assertThat(after.mayReply()).isFalse();
        assertThat(after.replies()).extracting(AuditFeedback.Reply::author, AuditFeedback.Reply::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("manager",
                        "Discussed in supervision on 20/11; chronology now on file."));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target_id = ? and action in "
                + "('AUDIT_SHARED', 'AUDIT_FEEDBACK_OPENED', 'AUDIT_REPLY_ADDED')", Integer.class, String.valueOf(id)))
                .isEqualTo(4);
        assertThatThrownBy(() -> jdbc.update(
                "update audit_reply set reply_text = 'changed' where case_audit_id = ?", id))
                .hasMessageContaining("append-only");
    }

    @Test
    void a_team_manager_reaches_only_audits_shared_with_them_and_unfinished_audits_cannot_be_shared() {
        long shared = submittedAudit();
        long other = submittedAudit();
        asRun("lead", () -> feedback.share(shared, "manager", null), Roles.AUDIT_LEAD);

        assertThatThrownBy(() -> as("manager", () -> feedback.feedback(other), Roles.TEAM_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("manager", () -> feedback.reply(other, "hello"), Roles.TEAM_MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor2", () -> feedback.feedback(shared), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("manager", () -> audits.open(shared), Roles.TEAM_MANAGER))
                .as("the workspace (case facts) is not a team manager's").isInstanceOf(AccessDeniedException.class);

        long unfinished = support.assign(support.newCycle(), "auditor", null);
        assertThatThrownBy(() -> asRun("lead", () -> feedback.share(unfinished, "manager", null), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("submitted");
        assertThatThrownBy(() -> asRun("lead", () -> feedback.share(shared, "manager", null), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("already shared");
        assertThatThrownBy(() -> asRun("lead", () -> feedback.share(other, "auditor", null), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("not an active team manager");
        assertThatThrownBy(() -> asRun("manager", () -> feedback.reply(shared, " "), Roles.TEAM_MANAGER))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("Write a reply");
        assertThatThrownBy(() -> asRun("manager", () -> feedback.reply(shared, "x".repeat(4001)), Roles.TEAM_MANAGER))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("4001 characters");
    }

    @Test
    void the_lead_closes_a_finished_audit_but_not_one_awaiting_moderation_and_a_closed_audit_cannot_be_reopened() {
        long id = submittedAudit();
        asRun("lead", () -> audits.close(id), Roles.AUDIT_LEAD);
        assertThat(as("lead", () -> audits.cycleAudits(as("lead", () -> audits.open(id), Roles.AUDIT_LEAD)
                .summary().cycleId()),
                Roles.AUDIT_LEAD)).filteredOn(a -> a.id() == id).extracting(AuditSummary::status)
                .containsExactly(AuditStatus.CLOSED);
        assertThatThrownBy(() -> asRun("lead", () -> audits.reopen(id, "late evidence"), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class);
        assertThatThrownBy(() -> asRun("auditor", () -> audits.close(id), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);

        long moderated = support.assign(support.newCycle(), "auditor", "moderator");
        support.answerAll(moderated, "auditor", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor", () -> audits.submit(moderated), Roles.AUDITOR);
        assertThatThrownBy(() -> asRun("lead", () -> audits.close(moderated), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("moderation");
    }
}
