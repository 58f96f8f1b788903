package org.caseaudit.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.MissingItem;
import org.caseaudit.audit.SubmitRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseAuditEntityTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static CaseAuditEntity audit() {
        return new CaseAuditEntity(1, 2, "C2", "s47-enquiry", 1, AuditKind.AUDIT, null, true, "auditor", null, NOW);
    }

    private static CaseAuditEntity in(AuditStatus status) {
        CaseAuditEntity a = audit();
        if (status == AuditStatus.NOT_STARTED) {
            return a;
        }
        a.start(NOW);
        if (status == AuditStatus.IN_PROGRESS) {
            return a;
        }
        a.submit(List.of(), NOW);
        if (status == AuditStatus.SUBMITTED) {
            return a;
        }
        if (status == AuditStatus.MODERATED) {
            a.markModerated(NOW);
            return a;
        }
        a.close();
        return a;
    }

    @Test
    void a_new_audit_has_not_started_and_starting_twice_changes_nothing() {
        CaseAuditEntity a = audit();
        assertThat(a.getStatus()).isEqualTo(AuditStatus.NOT_STARTED);
        assertThat(a.start(NOW)).isTrue();
        assertThat(a.start(NOW.plusSeconds(5))).isFalse();
        assertThat(a.getStartedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "answering when {0}: allowed={1}")
    @CsvSource({"NOT_STARTED, false", "IN_PROGRESS, true", "SUBMITTED, false", "MODERATED, false", "CLOSED, false"})
    void answers_and_grades_change_only_while_in_progress(AuditStatus status, boolean allowed) {
        CaseAuditEntity a = in(status);
        if (allowed) {
            a.checkAnswerable();
            a.grade("Good", "why", "strengths");
            assertThat(a.getOverallGrade()).isEqualTo("Good");
        } else {
            assertThatThrownBy(a::checkAnswerable).isInstanceOf(AuditStateException.class);
            assertThatThrownBy(() -> a.grade("Good", "why", null)).isInstanceOf(AuditStateException.class);
        }
    }

    @Test
    void only_the_four_ofsted_grades_as_written_are_accepted() {
        CaseAuditEntity a = in(AuditStatus.IN_PROGRESS);
        a.grade("Requires improvement to be good", "r", null);
        assertThatThrownBy(() -> a.grade("Requires improvement", "r", null)).isInstanceOf(AuditStateException.class);
        assertThatThrownBy(() -> a.grade("Satisfactory", "r", null)).isInstanceOf(AuditStateException.class);
    }

    @Test
    void submit_refuses_while_anything_is_missing_and_names_it() {
        CaseAuditEntity a = in(AuditStatus.IN_PROGRESS);
        List<MissingItem> missing = List.of(new MissingItem("q1", "\u201cQ1\u201d: no answer"));
        assertThatThrownBy(() -> a.submit(missing, NOW)).isInstanceOfSatisfying(SubmitRefusedException.class,
                e -> assertThat(e.missing()).isEqualTo(missing));
        assertThat(a.getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);

        a.submit(List.of(), NOW);
        assertThat(a.getStatus()).isEqualTo(AuditStatus.SUBMITTED);
        assertThat(a.getSubmittedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> a.submit(List.of(), NOW)).isInstanceOf(AuditStateException.class);
    }

    @ParameterizedTest(name = "reopen when {0}: allowed={1}")
    @CsvSource({"NOT_STARTED, false", "IN_PROGRESS, false", "SUBMITTED, true", "MODERATED, true", "CLOSED, false"})
    void only_a_submitted_or_moderated_audit_is_reopened(AuditStatus status, boolean allowed) {
        CaseAuditEntity a = in(status);
        if (allowed) {
            a.reopen("lead", "  wrong evidence ", NOW);
            assertThat(a.getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);
            assertThat(a.getReopenReason()).isEqualTo("wrong evidence");
            assertThat(a.getReopenedBy()).isEqualTo("lead");
        } else {
            assertThatThrownBy(() -> a.reopen("lead", "reason", NOW)).isInstanceOf(AuditStateException.class);
        }
    }

    @Test
    void reopening_needs_a_reason() {
        CaseAuditEntity a = in(AuditStatus.SUBMITTED);
        assertThatThrownBy(() -> a.reopen("lead", " ", NOW)).isInstanceOf(AuditStateException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> a.reopen("lead", null, NOW)).isInstanceOf(AuditStateException.class);
        assertThat(a.getStatus()).isEqualTo(AuditStatus.SUBMITTED);
    }

    @ParameterizedTest(name = "moderated when {0}: allowed={1}")
    @CsvSource({"NOT_STARTED, false", "IN_PROGRESS, false", "SUBMITTED, true", "MODERATED, false", "CLOSED, false"})
    void only_a_submitted_audit_becomes_moderated(AuditStatus status, boolean allowed) {
        CaseAuditEntity a = in(status);
        if (allowed) {
            a.markModerated(NOW);
            assertThat(a.getStatus()).isEqualTo(AuditStatus.MODERATED);
        } else {
            assertThatThrownBy(() -> a.markModerated(NOW)).isInstanceOf(AuditStateException.class);
        }
    }

    @Test
    void a_moderation_is_never_itself_moderated() {
        CaseAuditEntity m = new CaseAuditEntity(1, 2, "C2", "s47-enquiry", 1, AuditKind.MODERATION, 7L, true,
                "moderator", null, NOW);
        m.start(NOW);
        m.submit(List.of(), NOW);
        assertThatThrownBy(() -> m.markModerated(NOW)).isInstanceOf(AuditStateException.class);
    }
}
