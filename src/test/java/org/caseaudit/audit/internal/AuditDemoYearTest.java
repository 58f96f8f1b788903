package org.caseaudit.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.ModerationService;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SamplingMethod;
import org.caseaudit.sampling.VerifyResult;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo year: twelve monthly cycles drawn, assigned, audited and moderated through the services. About the demo
 * data itself, so {@code @DemoDataTest}.
 */
@DemoDataTest
@Tag("clock")
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class AuditDemoYearTest {

    @Autowired
    AuditCycleService cycles;
    @Autowired
    SampleService samples;
    @Autowired
    AuditService audits;
    @Autowired
    ModerationService moderation;
    @Autowired
    AuditDemoData demoData;
    @Autowired
    Clock clock;

    private Map<String, CycleSummary> demoCycles() {
        return cycles.list().stream().filter(c -> c.name().startsWith(AuditDemoData.NAME_PREFIX))
                .collect(Collectors.toMap(CycleSummary::name, Function.identity()));
    }

    @Test
    void twelve_monthly_cycles_the_eleven_earlier_complete_and_the_latest_in_progress() {
        List<YearMonth> months = AuditDemoData.months(LocalDate.now(clock));
        YearMonth thisMonth = YearMonth.now(clock);
        assertThat(months).hasSize(12);
        assertThat(months.getFirst()).isEqualTo(thisMonth.minusMonths(12));
        assertThat(months.getLast()).isEqualTo(thisMonth.minusMonths(1));
        Map<String, CycleSummary> demo = demoCycles();
        for (YearMonth month : months) {
            CycleSummary c = demo.get(AuditDemoData.name(month));
            assertThat(c).as(AuditDemoData.name(month)).isNotNull();
            assertThat(c.periodStart()).isEqualTo(month.atDay(1));
            assertThat(c.periodEnd()).isEqualTo(month.atEndOfMonth());
            assertThat(c.status()).as(c.name()).isEqualTo(month.equals(months.getLast())
                    ? CycleStatus.IN_PROGRESS : CycleStatus.COMPLETE);
        }
    }

    @Test
    void every_demo_cycle_has_a_real_stratified_sample_that_verifies() {
        for (CycleSummary c : demoCycles().values()) {
            SampleRecord record = samples.sample(c.id()).orElseThrow();
            assertThat(record.method()).isEqualTo(SamplingMethod.STRATIFIED);
            assertThat(record.locked()).isTrue();
            assertThat(record.activeItems()).hasSizeGreaterThanOrEqualTo(10)
                    .allSatisfy(i -> assertThat(i.auditor()).isNotNull());
            VerifyResult verified = samples.verify(c.id());
            // the stored frame, design and seed give the stored draw again; whether today's register still gives
            // the same frame depends on what other tests in this JVM imported into those months
            assertThat(verified.recordConsistent()).as(c.name() + ": " + verified.summary()).isTrue();
            assertThat(verified.methodVersionChanged()).as(c.name()).isFalse();
            assertThat(audits.cycleAudits(c.id()).stream().filter(a -> a.kind() == AuditKind.AUDIT
                    && a.templateId().equals(AuditDemoData.TEMPLATE))).hasSize(record.activeItems().size());
        }
    }

    @Test
    void complete_cycles_have_every_audit_submitted_and_every_moderation_agreed() {
        for (CycleSummary c : demoCycles().values()) {
            if (c.status() != CycleStatus.COMPLETE) {
                continue;
            }
            List<AuditSummary> list = audits.cycleAudits(c.id());
            assertThat(list).as(c.name()).allSatisfy(a -> assertThat(a.status())
                    .isIn(AuditStatus.SUBMITTED, AuditStatus.MODERATED, AuditStatus.CLOSED));
            List<AuditSummary> moderated = list.stream().filter(a -> a.kind() == AuditKind.AUDIT
                    && list.stream().anyMatch(m -> m.moderatesAuditId() != null && m.moderatesAuditId() == a.id()))
                    .toList();
            assertThat(moderated).as(c.name()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(AuditStatus.MODERATED));
            assertThat(moderation.cycleAgreement(c.id()).moderatedAudits()).isEqualTo(moderated.size());
        }
    }

    @Test
    void the_latest_cycle_gives_each_demo_user_a_walk_through_state() {
        List<YearMonth> months = AuditDemoData.months(LocalDate.now(clock));
        CycleSummary latest = demoCycles().get(AuditDemoData.name(months.getLast()));
        List<AuditSummary> list = audits.cycleAudits(latest.id());
        List<AuditSummary> auditorsOwn = list.stream().filter(a -> a.auditor().equals("auditor")).toList();
        assertThat(auditorsOwn).extracting(AuditSummary::status)
                .contains(AuditStatus.NOT_STARTED, AuditStatus.IN_PROGRESS);
        assertThat(list).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AuditKind.AUDIT);
            assertThat(a.status()).isEqualTo(AuditStatus.MODERATED);
        });
        // a submitted audit whose blind moderation by the moderator has not started
        assertThat(list).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(AuditKind.MODERATION);
            assertThat(m.auditor()).isEqualTo("moderator");
            assertThat(m.status()).isEqualTo(AuditStatus.NOT_STARTED);
            assertThat(list.stream().filter(a -> a.id() == m.moderatesAuditId()).findFirst().orElseThrow().status())
                    .isEqualTo(AuditStatus.SUBMITTED);
        });
        assertThat(list).anySatisfy(a -> {
            assertThat(a.auditor()).isEqualTo("member");
            assertThat(a.templateId()).isEqualTo("qualitative-decision-making");
        });
        assertThat(list.stream().filter(a -> a.kind() == AuditKind.AUDIT && a.status() == AuditStatus.SUBMITTED))
                .isNotEmpty();
    }

    @Test
    void loading_again_changes_nothing() {
        int before = cycles.list().size();
        int audited = demoCycles().values().stream().mapToInt(c -> audits.cycleAudits(c.id()).size()).sum();

        demoData.load();

        assertThat(cycles.list()).hasSize(before);
        assertThat(demoCycles().values().stream().mapToInt(c -> audits.cycleAudits(c.id()).size()).sum())
                .isEqualTo(audited);
    }

    @Test
    void chronology_answers_improve_after_the_spring_action() {
        assertThat(AuditDemoData.outOfDateShare(0)).isGreaterThan(0.4);
        assertThat(AuditDemoData.outOfDateShare(10)).isLessThan(0.1);
        assertThat(Roles.AUDIT_LEAD).isNotBlank();
    }

    /** Moved from TimeTravelTest: the latest demo cycle is the month before the clock's month, in progress. */
    @Test
    void the_demo_year_ends_with_the_month_before_the_clocks_month_in_progress() {
        CycleSummary latest = cycles.list().stream().filter(c -> c.name().startsWith("S47 enquiries "))
                .max(java.util.Comparator.comparing(CycleSummary::periodStart)).orElseThrow();

        YearMonth previous = YearMonth.now(clock).minusMonths(1);
        assertThat(latest.periodStart()).isEqualTo(previous.atDay(1));
        assertThat(latest.periodEnd()).isEqualTo(previous.atEndOfMonth());
        assertThat(latest.status()).isEqualTo(CycleStatus.IN_PROGRESS);
    }
}
