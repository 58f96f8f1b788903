package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 19, point 10: asking for an audit that is not yours and asking for one that does not exist get the same
 * refusal, word for word, with no id and no case reference in it; so numbers cannot be walked to learn which audits
 * exist, and nobody learns a case reference they may not see.
 */
@IntegrationTest
class AuditRefusalDisclosureTest {

    @Autowired AuditService audits;
    @Autowired FeedbackService feedback;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;

    /** A submitted audit of user {@code auditor}, so feedback would be shown to its owner. */
    private long submittedAuditOfAuditor() {
        return support.submitted(support.newCycle(), "auditor", "No", "Inadequate");
    }

    private static Throwable refusal(String user, String role, Runnable call) {
        return catchThrowable(() -> asRun(user, call, role));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"auditor2, AUDITOR", "moderator, MODERATOR", "manager, TEAM_MANAGER"})
    void feedback_of_someone_elses_audit_and_of_no_audit_are_refused_alike_without_the_case_reference(
            String user, String role) {
        long id = submittedAuditOfAuditor();
        String reference = jdbc.queryForObject("SELECT case_reference FROM case_audit WHERE id = ?", String.class, id);
        assertThat(as("auditor", () -> feedback.feedback(id), Roles.AUDITOR).caseReference()).isEqualTo(reference);

        Throwable notYours = refusal(user, role, () -> feedback.feedback(id));
        Throwable missing = refusal(user, role, () -> feedback.feedback(-1));
        Throwable missingLarge = refusal(user, role, () -> feedback.feedback(id + 1_000_000));

        for (Throwable t : new Throwable[] {notYours, missing, missingLarge}) {
            assertThat(t).isInstanceOf(AccessDeniedException.class).hasMessage(AuditUnavailableException.MESSAGE);
            assertThat(t.getMessage()).doesNotContain(reference, String.valueOf(id), "-1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"auditor2, AUDITOR", "moderator, MODERATOR", "member, INDEPENDENT_MEMBER"})
    void opening_someone_elses_audit_and_a_missing_one_are_refused_alike(String user, String role) {
        long id = support.assign(support.newCycle(), "auditor", null);
        Throwable notYours = refusal(user, role, () -> audits.open(id));
        Throwable missing = refusal(user, role, () -> audits.open(-1));
        assertThat(notYours).isInstanceOf(AccessDeniedException.class).hasMessage(AuditUnavailableException.MESSAGE);
        assertThat(missing).isInstanceOf(AccessDeniedException.class).hasMessage(AuditUnavailableException.MESSAGE);
    }
}
