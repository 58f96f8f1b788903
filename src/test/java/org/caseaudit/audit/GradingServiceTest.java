package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Grade records and calibration on a real database, and who may see an auditor's calibration: that auditor and the
 * audit lead only. Counts only the cycle it makes.
 */
@IntegrationTest
class GradingServiceTest {

    @Autowired AuditService audits;
    @Autowired ModerationService moderation;
    @Autowired GradingService grading;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;

    long cycle;
    long kinder;
    long same;
    long plain;

    /**
     * One cycle of auditor2: an audit graded Outstanding that moderation agreed as Good (auditor higher), one Good
     * left Good by moderation, one Requires improvement not moderated.
     */
    @BeforeEach
    void threeAuditsOfAuditor2() {
        cycle = support.newCycle();
        kinder = moderated("Outstanding", "Good");
        same = moderated("Good", "Good");
        plain = support.assign(cycle, "auditor2", null);
        support.answerAll(plain, "auditor2", "Yes", "Requires improvement to be good", Roles.AUDITOR);
        asRun("auditor2", () -> audits.submit(plain), Roles.AUDITOR);
    }

    private long moderated(String auditorGrade, String moderatorGrade) {
        long id = support.assign(cycle, "auditor2", "moderator");
        support.answerAll(id, "auditor2", "Yes", auditorGrade, Roles.AUDITOR);
        asRun("auditor2", () -> audits.submit(id), Roles.AUDITOR);
        long moderationId = as("moderator", () -> audits.myAudits(), Roles.MODERATOR).stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == id).findFirst().orElseThrow()
                .id();
        support.answerAll(moderationId, "moderator", "Yes", moderatorGrade, Roles.MODERATOR);
        asRun("moderator", () -> audits.submit(moderationId), Roles.MODERATOR);
        if (!auditorGrade.equals(moderatorGrade)) {
            asRun("lead", () -> moderation.agree(id, Comparison.OVERALL_GRADE, moderatorGrade,
                    "Agreed at moderation"), Roles.AUDIT_LEAD);
        }
        return id;
    }

    @Test
    void records_carry_the_auditors_grade_beside_the_moderation_outcome() {
        List<GradeRecord> records = as("lead", () -> grading.records(List.of(cycle)), Roles.AUDIT_LEAD);
        assertThat(records).extracting(GradeRecord::auditId).containsExactly(kinder, same, plain);
        assertThat(records).extracting(GradeRecord::auditorGrade)
                .containsExactly("Outstanding", "Good", "Requires improvement to be good");
        assertThat(records).extracting(GradeRecord::moderationGrade).containsExactly("Good", "Good", null);
        GradingRules.Changes c = GradingRules.changes("cycle", records);
        assertThat(List.of(c.compared(), c.same(), c.auditorHigher(), c.auditorLower())).containsExactly(2, 1, 1, 0);
    }

    @Test
    void an_auditor_sees_their_own_calibration() {
        String name = support.cycleName(cycle);
        Calibration mine = as("auditor2", () -> grading.myCalibration(), Roles.AUDITOR);
        GradingRules.Changes row = mine.byCycle().stream().filter(r -> r.label().equals(name))
                .findFirst().orElseThrow();
        assertThat(List.of(row.compared(), row.same(), row.auditorHigher(), row.auditorLower()))
                .containsExactly(2, 1, 1, 0);
        assertThat(mine.auditor()).isEqualTo("auditor2");
    }

    @Test
    void the_lead_sees_any_auditors_calibration_and_the_look_is_recorded() {
        int before = trail("CALIBRATION_VIEWED", "lead", "SUCCESS");
        String name = support.cycleName(cycle);
        Calibration c = as("lead", () -> grading.calibration("auditor2"), Roles.AUDIT_LEAD);
        assertThat(c.byCycle()).anySatisfy(r -> assertThat(r.label()).isEqualTo(name));
        assertThat(trail("CALIBRATION_VIEWED", "lead", "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    void another_auditor_is_refused_and_the_refusal_recorded() {
        int before = trail("CALIBRATION_REFUSED", "auditor", "DENIED");
        assertThatThrownBy(() -> as("auditor", () -> grading.calibration("auditor2"), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("moderator", () -> grading.calibration("auditor2"), Roles.MODERATOR,
                Roles.AUDITOR)).isInstanceOf(AccessDeniedException.class);
        assertThat(trail("CALIBRATION_REFUSED", "auditor", "DENIED")).isEqualTo(before + 1);
    }

    @Test
    void administrators_panel_and_members_never_see_a_calibration_or_the_grade_records() {
        for (String role : List.of(Roles.ADMIN, Roles.PANEL_VIEWER, Roles.INDEPENDENT_MEMBER, Roles.TEAM_MANAGER)) {
            assertThatThrownBy(() -> as("someone", () -> grading.calibration("auditor2"), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("someone", () -> grading.myCalibration(), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        for (String role : List.of(Roles.AUDITOR, Roles.MODERATOR, Roles.PANEL_VIEWER, Roles.INDEPENDENT_MEMBER)) {
            assertThatThrownBy(() -> as("someone", () -> grading.records(List.of(cycle)), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("someone", () -> grading.overview(List.of(cycle)), role))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    int trail(String action, String actor, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ? AND outcome = ?",
                Integer.class, action, actor, outcome);
    }
}
