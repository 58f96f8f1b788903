package org.caseaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@Tag("clock")
class ActionPlanServiceTest {

    @Autowired ActionPlanService plan;
    @Autowired FindingsService findings;
    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private int events(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?",
                Integer.class, action, String.valueOf(id));
    }

    /** A cycle of two submitted S47 audits answered "No" wherever nothing was derived: plenty of findings. */
    private long cycleWithFindings() {
        long cycle = support.newCycle();
        for (String auditor : List.of("auditor", "auditor2")) {
            support.submitted(cycle, auditor, "No", "Requires improvement to be good");
        }
        return cycle;
    }

    private static <T> T lead(java.util.concurrent.Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }

    @Test
    void themes_become_prefilled_actions_once_and_owners_see_theirs_with_overdue_in_words() {
        long cycle = cycleWithFindings();
        List<Theme> themes = lead(() -> findings.themes(cycle));
        assertThat(themes).isNotEmpty();
        List<String> tags = themes.stream().map(Theme::tag).toList();

        List<ActionItem> created = lead(() -> plan.createFromThemes(cycle, tags));
        assertThat(created).hasSize(themes.size());
        assertThat(lead(() -> plan.createFromThemes(cycle, tags))).isEmpty();
        ActionItem first = created.getFirst();
        Theme top = themes.getFirst();
        assertThat(first.issue()).startsWith("In " + top.files() + " of " + top.auditedFiles() + " file")
                .endsWith(".").doesNotContain("\n").doesNotContain("\u2014");
        assertThat(first.questionIds()).containsExactlyElementsOf(
                themes.getFirst().questions().stream().map(Theme.ThemeQuestion::questionId).toList());
        assertThat(first.action()).isNotBlank();
        assertThat(first.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(events("ACTION_CREATED", first.id())).isEqualTo(1);

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        ActionItem late = lead(() -> plan.update(first.id(), first.version(), new ActionForm(first.issue(),
                first.action(), "auditor", "Team manager, North", yesterday, ActionStatus.IN_PROGRESS)));
        assertThat(late.overdue()).isTrue();
        assertThat(late.rag()).isEqualTo(Rag.RED);
        assertThat(late.ragLabel()).isEqualTo("Red \u2013 overdue");
        assertThat(late.owner()).isEqualTo("Aisha Khan, Team manager, North");
        assertThat(late.ownerRole()).isEqualTo("Team manager, North");
        assertThat(events("ACTION_UPDATED", first.id())).isEqualTo(1);

        assertThat(as("auditor", () -> plan.ownsActions(), Roles.AUDITOR)).isTrue();
        assertThat(as("owns-no-action", () -> plan.ownsActions(), Roles.AUDITOR)).isFalse();
        assertThat(as("auditor", () -> plan.myActions(), Roles.AUDITOR)).extracting(ActionItem::id)
                .contains(first.id());
        ActionItem noted = as("auditor", () -> plan.addNote(first.id(), "Chronology training booked"), Roles.AUDITOR);
        assertThat(noted.notes()).extracting(ActionItem.ProgressNote::text).containsExactly("Chronology training booked");
        assertThat(noted.notes().getFirst().notedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(noted.version()).isEqualTo(late.version());
        assertThatThrownBy(() -> as("auditor2", () -> plan.addNote(first.id(), "Not mine"), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as("panel", () -> plan.plan(false), Roles.PANEL_VIEWER)).extracting(ActionItem::id)
                .contains(first.id());
        assertThatThrownBy(() -> as("panel", () -> plan.update(first.id(), late.version(), new ActionForm("x", "y",
                null, null, null, ActionStatus.IN_PROGRESS)), Roles.PANEL_VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", () -> plan.plan(false), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_typed_against_an_old_version_is_refused() {
        ActionItem a = lead(() -> plan.create(null, null, null, List.of(), new ActionForm("Strategy discussions late", "Brief the managers", null,
                "Head of service", null, ActionStatus.NOT_STARTED)));
        lead(() -> plan.update(a.id(), a.version(), new ActionForm("Strategy discussions late", "Brief the managers, revised", null,
                "Head of service", null, ActionStatus.IN_PROGRESS)));
        assertThatThrownBy(() -> lead(() -> plan.update(a.id(), a.version(), new ActionForm("Strategy discussions late", "Another plan", null,
                null, null, ActionStatus.IN_PROGRESS))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> lead(() -> plan.complete(a.id(), a.version(), "Evidence", null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(lead(() -> plan.get(a.id())).action()).isEqualTo("Brief the managers, revised");
    }

    @Test
    void closing_needs_evidence_proposes_a_reaudit_of_the_findings_questions_and_links_its_result() {
        long cycle = cycleWithFindings();
        ActionItem a = lead(() -> plan.create(cycle, "s47-enquiry", "chronology",
                List.of("chronology-on-file", "consent-at-contact", "genogram-not-in-reaudit"),
                new ActionForm("Chronologies missing", "Chronology training", "auditor", null,
                        LocalDate.now(clock).plusDays(30), ActionStatus.IN_PROGRESS)));
        assertThatThrownBy(() -> lead(() -> plan.complete(a.id(), a.version(), "  ", null)))
                .isInstanceOf(ActionPlanException.class).hasMessageContaining("evidence");
        assertThatThrownBy(() -> lead(() -> plan.launchReAudit(a.id(), a.version(),
                new ReAuditRequest(LocalDate.now(clock).minusYears(3), 2, 7L, null))))
                .isInstanceOf(ActionPlanException.class).hasMessageContaining("Complete the action");

        ReAuditProposal proposal = lead(() -> plan.complete(a.id(), a.version(), "Training register, 24 staff", null));
        assertThat(proposal.templateId()).isEqualTo("re-audit");
        assertThat(proposal.questions()).extracting(ReAuditProposal.Question::id)
                .containsExactly("chronology-on-file", "consent-at-contact");
        assertThat(proposal.casesFrom()).isEqualTo(LocalDate.now(clock));
        assertThat(proposal.sampleSize()).isEqualTo(ActionPlanService.REAUDIT_SAMPLE_SIZE);
        ActionItem closed = lead(() -> plan.get(a.id()));
        assertThat(closed.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(closed.rag()).isEqualTo(Rag.GREEN);
        assertThat(closed.evidence()).isEqualTo("Training register, 24 staff");
        assertThat(lead(() -> plan.reAuditResult(a.id()))).isEmpty();

        ActionItem launched = lead(() -> plan.launchReAudit(a.id(), closed.version(),
                new ReAuditRequest(LocalDate.now(clock).minusYears(3), 2, 7L, null)));
        assertThat(launched.reauditCycleId()).isNotNull();
        assertThat(events("ACTION_REAUDIT_LAUNCHED", a.id())).isEqualTo(1);
        long reCycle = launched.reauditCycleId();
        List<AuditSummary> reAudits = lead(() -> audits.cycleAudits(reCycle));
        assertThat(reAudits).hasSize(2).allSatisfy(s -> assertThat(s.templateId()).isEqualTo("re-audit"));
        assertThatThrownBy(() -> lead(() -> plan.launchReAudit(a.id(), launched.version(),
                new ReAuditRequest(LocalDate.now(clock).minusYears(3), 2, 7L, null))))
                .isInstanceOf(ActionPlanException.class).hasMessageContaining("already");

        ReAuditResult pending = lead(() -> plan.reAuditResult(a.id())).orElseThrow();
        assertThat(pending.progress().done()).isZero();
        assertThat(pending.rows()).extracting(ReAuditResult.Row::questionId)
                .containsExactly("chronology-on-file", "consent-at-contact", "change-embedded");
        assertThat(pending.rows().getFirst().before().audited()).isEqualTo(2);

        for (AuditSummary s : reAudits) {
            support.answerAll(s.id(), s.auditor(), "Yes", "Good", Roles.AUDITOR);
            asRun(s.auditor(), () -> {
                AuditDetails d = audits.open(s.id());
                audits.saveAnswer(s.id(), new AnswerInput("action-reference", "A-" + a.id(), null, null, null,
                        d.answersByQuestion().get("action-reference").version()));
                audits.submit(s.id());
            }, Roles.AUDITOR);
        }
        ReAuditResult done = as("panel", () -> plan.reAuditResult(a.id()), Roles.PANEL_VIEWER).orElseThrow();
        assertThat(done.progress().done()).isEqualTo(2);
        QuestionCompliance chronologyAfter = done.rows().getFirst().after();
        assertThat(chronologyAfter.audited() + chronologyAfter.notApplicable()).isEqualTo(2);
        QuestionCompliance embedded = done.rows().getLast().after();
        assertThat(embedded.compliant()).isEqualTo(2);

        Trend trend = as("panel", () -> findings.trend("re-audit", "change-embedded", 12), Roles.PANEL_VIEWER);
        // other re-audit cycles (the demo data's) may share its period: find this one's point
        Trend.Point last = trend.points().stream().filter(p -> p.cycleId() == reCycle).findFirst().orElseThrow();
        assertThat(last.compliant()).isEqualTo(2);
        assertThat(last.audited()).isEqualTo(2);
        assertThat(last.smallSample()).isTrue();
        assertThat(last.interval().lower()).isCloseTo(0.3424, org.assertj.core.api.Assertions.within(0.0001));
        assertThat(as("panel", () -> findings.keyMeasureTrends("re-audit", 12), Roles.PANEL_VIEWER))
                .extracting(Trend::questionId).contains("chronology-on-file", "change-embedded")
                .doesNotContain("shared-without-consent-authorised");
    }
}
