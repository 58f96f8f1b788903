package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.util.List;
import java.util.Map;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Roles;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AuditServiceTest {

    @Autowired AuditService audits;
    @Autowired ModerationService moderation;
    @Autowired TemplateService templates;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;

    private AuditDetails open(long id, String user, String role) {
        return as(user, () -> audits.open(id), role);
    }

    /** Rows of the trail naming this audit's opening: the register's one row per view of the case, via the audit. */
    private int openings(long auditId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_FACTS_VIEWED'"
                + " and target_type = 'case' and detail regexp ?", Integer.class, " via audit " + auditId + "( |$)");
    }

    private int events(String action, long auditId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?", Integer.class,
                action, String.valueOf(auditId));
    }

    private int answerRows(long auditId) {
        return jdbc.queryForObject("select count(*) from audit_answer where case_audit_id = ?", Integer.class, auditId);
    }

    @Test
    void opening_an_audit_writes_one_trail_row_the_view_of_its_case() {
        long id = support.assign(support.newCycle(), "auditor", null);
        long caseId = jdbc.queryForObject("select case_id from case_audit where id = ?", Long.class, id);
        long last = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        open(id, "auditor", Roles.AUDITOR);

        List<Map<String, Object>> written = jdbc.queryForList("select actor, action, target_type, target_id, detail"
                + " from audit_event where id > ?", last);
        assertThat(written).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("actor", "auditor").containsEntry("action", "CASE_FACTS_VIEWED")
                    .containsEntry("target_type", "case").containsEntry("target_id", String.valueOf(caseId));
            assertThat((String) row.get("detail")).endsWith(" via audit " + id);
        });
    }

    @Test
    void opening_shows_the_proposals_and_writes_nothing_then_the_first_answer_starts_the_audit() {
        long id = support.assign(support.newCycle(), "auditor", null);

        AuditDetails d = open(id, "auditor", Roles.AUDITOR);

        assertThat(d.status()).isEqualTo(AuditStatus.NOT_STARTED);
        assertThat(d.editable()).isTrue();
        assertThat(d.answers()).hasSize((int) d.template().questions().count()).noneMatch(AnswerState::answered);
        AnswerState icpc = d.answersByQuestion().get("icpc-within-15-days");
        assertThat(icpc.derivation()).isEqualTo("ICPC_TIMELINESS");
        assertThat(icpc.derivedValue()).isEqualTo("No");
        assertThat(icpc.derivedProvenance()).contains("Missed").contains("23/03/2026");
        assertThat(d.answersByQuestion().get("consent-at-contact").derivedValue()).isEqualTo("Yes");
        assertThat(d.answersByQuestion().get("management-oversight-strategy").derivedValue()).isEqualTo("No");
        assertThat(d.caseFacts().timescales()).isNotEmpty();
        assertThat(d.caseFacts().facts()).extracting(CaseFactsView.Fact::field).contains("socialWorker");
        assertThat(openings(id)).isEqualTo(1);
        assertThat(events("AUDIT_STARTED", id)).isZero();
        assertThat(answerRows(id)).isZero();
        assertThat(open(id, "auditor", Roles.AUDITOR).status()).isEqualTo(AuditStatus.NOT_STARTED);

        AnswerState saved = as("auditor", () -> audits.saveAnswer(id, new AnswerInput("icpc-within-15-days", "No",
                null, null, null, icpc.version())), Roles.AUDITOR);

        assertThat(saved.value()).isEqualTo("No");
        assertThat(saved.derivedValue()).isEqualTo("No");
        assertThat(answerRows(id)).isEqualTo((int) d.template().questions().count());
        AuditDetails started = open(id, "auditor", Roles.AUDITOR);
        assertThat(started.status()).isEqualTo(AuditStatus.IN_PROGRESS);
        assertThat(started.answersByQuestion().get("icpc-within-15-days").value()).isEqualTo("No");
        assertThat(events("AUDIT_STARTED", id)).isEqualTo(1);
        // two openings plus the start, which reads the case facts for the proposals it stores
        assertThat(openings(id)).isEqualTo(4);
        List<TemplateVersionSummary> versions = as("admin", () -> templates.versions("s47-enquiry"), Roles.ADMIN);
        assertThat(versions).filteredOn(v -> v.version() == 1).first().extracting(TemplateVersionSummary::inUse)
                .isEqualTo(true);
    }

    @Test
    void a_submission_of_an_audit_never_started_lists_everything_missing_and_leaves_it_not_started() {
        long id = support.assign(support.newCycle(), "auditor", null);

        assertThatThrownBy(() -> asRun("auditor", () -> audits.submit(id), Roles.AUDITOR))
                .isInstanceOf(SubmitRefusedException.class)
                .satisfies(e -> assertThat(((SubmitRefusedException) e).missing()).isNotEmpty());

        assertThat(open(id, "lead", Roles.AUDIT_LEAD).status()).isEqualTo(AuditStatus.NOT_STARTED);
        assertThat(answerRows(id)).isZero();
    }

    @Test
    void the_grade_can_be_saved_against_the_version_the_first_opening_returned() {
        long id = support.assign(support.newCycle(), "auditor", null);
        AuditDetails first = open(id, "auditor", Roles.AUDITOR);

        long after = as("auditor", () -> audits.saveGrade(id, new GradeInput("Good", "Timely and child-focused",
                null, first.version())), Roles.AUDITOR);

        assertThat(after).isGreaterThan(first.version());
        assertThat(open(id, "auditor", Roles.AUDITOR).grade()).isEqualTo("Good");
    }

    @Test
    void an_auditor_asking_for_someone_elses_audit_is_refused_by_the_service() {
        long id = support.assign(support.newCycle(), "auditor", null);
        open(id, "auditor", Roles.AUDITOR);

        assertThatThrownBy(() -> open(id, "auditor2", Roles.AUDITOR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor2", () -> audits.saveAnswer(id,
                new AnswerInput("chronology-on-file", "Yes", null, null, null, 0)), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor2", () -> audits.history(id, "chronology-on-file"), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("panel", () -> audits.open(id), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(open(id, "lead", Roles.AUDIT_LEAD).editable()).isFalse();
    }

    @Test
    void a_save_typed_against_an_old_version_is_a_conflict_that_carries_the_answer_as_it_now_stands() {
        long id = support.assign(support.newCycle(), "auditor", null);
        AnswerState s = open(id, "auditor", Roles.AUDITOR).answersByQuestion().get("chronology-on-file");

        AnswerState saved = as("auditor", () -> audits.saveAnswer(id,
                new AnswerInput("chronology-on-file", "Partly", "Chronology stops in May", "Chronology tab", null,
                        s.version())), Roles.AUDITOR);

        assertThat(saved.version()).isEqualTo(s.version() + 1);
        assertThatThrownBy(() -> as("auditor", () -> audits.saveAnswer(id,
                new AnswerInput("chronology-on-file", "No", "typed in another tab", null, null, s.version())),
                Roles.AUDITOR))
                .isInstanceOfSatisfying(AnswerConflictException.class, e -> {
                    assertThat(e.current().value()).isEqualTo("Partly");
                    assertThat(e.current().updatedBy()).isEqualTo("auditor");
                });
        // the refused save left no version behind
        assertThat(as("lead", () -> audits.history(id, "chronology-on-file"), Roles.AUDIT_LEAD))
                .extracting(AnswerHistoryEntry::version, AnswerHistoryEntry::value)
                .containsExactly(tuple(0L, null), tuple(1L, "Partly"));
    }

    @Test
    void submit_names_every_missing_answer_and_note_then_the_submitted_audit_is_read_only_until_the_lead_reopens_it() {
        long id = support.assign(support.newCycle(), "auditor", null);
        AnswerState icpc = open(id, "auditor", Roles.AUDITOR).answersByQuestion().get("icpc-within-15-days");
        asRun("auditor", () -> audits.saveAnswer(id, new AnswerInput("icpc-within-15-days", "Yes", null, null, null,
                icpc.version())), Roles.AUDITOR);

        assertThatThrownBy(() -> asRun("auditor", () -> audits.submit(id), Roles.AUDITOR))
                .isInstanceOfSatisfying(SubmitRefusedException.class, e -> assertThat(e.missing())
                        .extracting(MissingItem::description)
                        .anySatisfy(m -> assertThat(m).contains("Was a decision on the referral made")
                        .contains("no answer"))
                        .anySatisfy(m -> assertThat(m).contains(
                        "reason is needed for overriding the proposed answer \u201cNo\u201d"))
                        .anySatisfy(m -> assertThat(m).isEqualTo("Overall grade: not given")));

        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor", () -> audits.submit(id), Roles.AUDITOR);

        AuditDetails submitted = open(id, "auditor", Roles.AUDITOR);
        assertThat(submitted.status()).isEqualTo(AuditStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        AnswerState any = submitted.answersByQuestion().get("chronology-on-file");
        assertThatThrownBy(() -> as("auditor", () -> audits.saveAnswer(id,
                new AnswerInput("chronology-on-file", "No", "x", null, null, any.version())), Roles.AUDITOR))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("submitted");
        assertThatThrownBy(() -> asRun("auditor", () -> audits.reopen(id, "please"), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asRun("lead", () -> audits.reopen(id, " "), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("reason");

        asRun("lead", () -> audits.reopen(id, "Evidence for the ICPC answer is wrong"), Roles.AUDIT_LEAD);

        AuditDetails reopened = open(id, "auditor", Roles.AUDITOR);
        assertThat(reopened.status()).isEqualTo(AuditStatus.IN_PROGRESS);
        assertThat(reopened.reopenReason()).isEqualTo("Evidence for the ICPC answer is wrong");
        assertThat(reopened.reopenedBy()).isEqualTo("lead");
        assertThat(events("AUDIT_REOPENED", id)).isEqualTo(1);
    }

    @Test
    void every_committed_change_of_an_answer_is_kept_with_who_when_and_the_values() {
        long id = support.assign(support.newCycle(), "auditor", null);
        AnswerState s = open(id, "auditor", Roles.AUDITOR).answersByQuestion().get("police-coordination");
        AnswerState first = as("auditor", () -> audits.saveAnswer(id,
                new AnswerInput("police-coordination", "No", "No police strategy notes", null, null, s.version())),
                Roles.AUDITOR);
        as("auditor", () -> audits.saveAnswer(id,
                new AnswerInput("police-coordination", "Partly", "Notes found later", "Police tab", null,
                        first.version())), Roles.AUDITOR);
        // a save that changes nothing is not a change
        as("auditor", () -> audits.saveAnswer(id,
                new AnswerInput("police-coordination", "Partly", "Notes found later", "Police tab", null,
                        first.version() + 1)), Roles.AUDITOR);

        List<AnswerHistoryEntry> history = as("lead", () -> audits.history(id, "police-coordination"),
                Roles.AUDIT_LEAD);

        assertThat(history).extracting(AnswerHistoryEntry::change).containsExactly("created", "changed", "changed");
        assertThat(history).extracting(AnswerHistoryEntry::value).containsExactly(null, "No", "Partly");
        assertThat(history.get(1).by()).isEqualTo("auditor");
        assertThat(history.get(1).at()).isNotNull();
        assertThat(history.get(2).evidenceNote()).isEqualTo("Notes found later");
    }

    @Test
    void blind_moderation_hides_the_auditors_answers_until_the_moderator_submits_then_the_lead_agrees_and_completes() {
        long cycle = support.newCycle();
        long id = support.assign(cycle, "auditor", "moderator");
        long moderationId = as("moderator", () -> audits.myAudits(), Roles.MODERATOR).stream()
                .filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == id).findFirst().orElseThrow().id();
        support.answerAll(id, "auditor", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor", () -> audits.submit(id), Roles.AUDITOR);

        AuditDetails mine = open(moderationId, "moderator", Roles.MODERATOR);
        assertThat(mine.answers()).allSatisfy(a -> assertThat(a.value()).isNull());
        assertThatThrownBy(() -> as("moderator", () -> moderation.comparison(id), Roles.MODERATOR))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("blind");
        assertThatThrownBy(() -> open(id, "moderator", Roles.MODERATOR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", () -> moderation.comparison(id), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);

        support.answerAll(moderationId, "moderator", "Partly", "Requires improvement to be good", Roles.MODERATOR);
        asRun("moderator", () -> audits.submit(moderationId), Roles.MODERATOR);

        Comparison c = as("moderator", () -> moderation.comparison(id), Roles.MODERATOR);
        assertThat(c.disagreements()).isPositive();
        assertThat(c.canComplete()).isFalse();
        assertThatThrownBy(() -> asRun("lead", () -> moderation.complete(id), Roles.AUDIT_LEAD))
                .isInstanceOf(AuditStateException.class).hasMessageContaining("Agree a final answer first");
        for (Comparison.Row row : c.rows()) {
            if (!row.agrees()) {
                as("lead", () -> moderation.agree(id, row.questionId(), row.moderatorValue(),
                        "Moderator's reading of the file"),
                        Roles.AUDIT_LEAD);
            }
        }
        asRun("lead", () -> moderation.complete(id), Roles.AUDIT_LEAD);

        Comparison outcome = as("auditor", () -> moderation.comparison(id), Roles.AUDITOR);
        assertThat(outcome.auditStatus()).isEqualTo(AuditStatus.MODERATED);
        assertThat(outcome.rows()).allSatisfy(r -> assertThat(r.settled()).isTrue());
        assertThat(outcome.canAgree()).isFalse();

        CycleAgreement stats = as("lead", () -> moderation.cycleAgreement(cycle), Roles.AUDIT_LEAD);
        assertThat(stats.moderatedAudits()).isEqualTo(1);
        assertThat(stats.compliance().items()).isPositive();
        assertThat(stats.compliance().observed()).isLessThan(1.0);
        long gradedQuestions = mine.template().questions().filter(q -> q.scale().isQuality()).count();
        assertThat(stats.grades().items()).as("graded questions and the overall grade").isEqualTo(gradedQuestions + 1);
        assertThat(stats.perAuditor()).extracting(CycleAgreement.Row::key).containsExactly("auditor");
        assertThat(stats.perQuestion()).isNotEmpty();
    }

    @Test
    void an_independent_member_sees_only_the_case_fields_the_template_uses_and_no_names() {
        long caseId = registered.add(AuditFixtures.s47Case("S47-Q1"));
        long cycle = support.newCycle();
        support.assign(cycle, "auditor", null);
        long id = as("lead", () -> audits.assign(List.of(new AuditAssignment(cycle, caseId, "S47-Q1",
                "qualitative-decision-making", 1, "member", null, false, null))), Roles.AUDIT_LEAD).getFirst();

        AuditDetails d = open(id, "member", Roles.INDEPENDENT_MEMBER);

        assertThat(d.caseFacts().restricted()).isTrue();
        assertThat(d.caseFacts().facts()).extracting(CaseFactsView.Fact::field)
                .containsExactlyInAnyOrder("sharedWithoutConsent", "consentAuthorisedDate")
                .doesNotContain("socialWorker", "teamManager", "team");
        assertThat(d.caseFacts().timescales()).isEmpty();
    }

    @Test
    void an_independent_member_gets_from_the_register_only_the_fields_the_template_reads_and_the_opening_is_trailed() {
        Map<String, Object> row = jdbc.queryForMap("""
                select id, case_reference, team, social_worker, child_reference from case_record
                where shared_without_consent is not null and social_worker is not null order by id limit 1""");
        long caseId = ((Number) row.get("id")).longValue();
        long cycle = support.newCycle();
        long id = as("lead", () -> audits.assign(List.of(new AuditAssignment(cycle, caseId,
                (String) row.get("case_reference"), "qualitative-decision-making", 1, "member", null, false, null))),
                Roles.AUDIT_LEAD).getFirst();
        int viewed = jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_FACTS_VIEWED'"
                + " and detail like '%(minimal: consent_authorised_date, shared_without_consent)'", Integer.class);

        AuditDetails d = open(id, "member", Roles.INDEPENDENT_MEMBER);

        assertThat(d.caseFacts().facts()).extracting(CaseFactsView.Fact::field)
                .containsExactlyInAnyOrder("sharedWithoutConsent", "consentAuthorisedDate");
        assertThat(d.caseFacts().facts()).filteredOn(f -> f.field().equals("sharedWithoutConsent"))
                .extracting(CaseFactsView.Fact::value).first().isNotEqualTo("Not recorded");
        assertThat(d.caseFacts().toString()).doesNotContain((String) row.get("social_worker"),
                (String) row.get("team"), (String) row.get("child_reference"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CASE_FACTS_VIEWED'"
                + " and detail like '%(minimal: consent_authorised_date, shared_without_consent)'", Integer.class))
                .isEqualTo(viewed + 1);
    }

    @Autowired TestCases registered;
}
