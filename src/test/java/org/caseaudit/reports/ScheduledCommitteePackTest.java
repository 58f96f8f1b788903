package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CyclePeriod;
import org.caseaudit.sampling.CycleStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled committee pack, run directly with a fixed clock. */
@IntegrationTest
@Tag("clock")
class ScheduledCommitteePackTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The test's complete cycle is the month after the clock's: it ends after every demo cycle and re-audit. */
    YearMonth month;
    /** The job runs on the Monday 06:00 (London) after that month. */
    Instant monday6am;

    @Autowired
    ReportBuilder builder;
    @Autowired
    ReportStore store;
    @Autowired
    AuditCycleService cycles;
    @Autowired
    ApplicationEventPublisher trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    long completeCycle;

    /** A cycle's frame and design as the cycle form stores them (the committee pack prints both). */
    static final String FRAME = """
            {"dateField":"S47_START","from":"%s","to":"%s","teams":[],"outcomes":[],\
            "excludeAuditedWithinMonths":0,"excludedReferences":[]}""";
    static final String DESIGN = """
            {"method":"SIMPLE_RANDOM","sizeType":"PERCENTAGE","cases":null,"percent":10,"atLeast":10,"atMost":null,\
            "reserves":3,"allocation":"PROPORTIONAL","atLeastOnePerStratum":false}""";

    ScheduledCommitteePack job(Instant now) {
        return new ScheduledCommitteePack(builder, store, cycles, trail, Clock.fixed(now, LONDON), Duration.ofDays(30));
    }

    @BeforeEach
    void a_complete_cycle_that_ended_last() {
        month = YearMonth.now(clock).plusMonths(1);
        monday6am = month.atEndOfMonth().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .atTime(6, 0).atZone(LONDON).toInstant();
        jdbc.update("DELETE FROM report_file");
        jdbc.update("""
                INSERT INTO audit_cycle (name, template_key, template_version, period_start, period_end, status,
                    frame_definition, sample_design, created_by, created_at, updated_by, updated_at)
                VALUES ('Scheduled pack test cycle', 's47-enquiry', 1, ?, ?, 'COMPLETE', ?, ?,
                    'lead', NOW(6), 'lead', NOW(6))""", month.atDay(1), month.atEndOfMonth(),
                FRAME.formatted(month.atDay(1), month.atEndOfMonth()), DESIGN);
        completeCycle = jdbc.queryForObject(
                "SELECT id FROM audit_cycle WHERE name = 'Scheduled pack test cycle'", Long.class);
    }

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM report_file");
        jdbc.update("DELETE FROM audit_cycle WHERE id = ?", completeCycle);
        store.saveSchedule(false, false, true, store.schedule().version(), "test", monday6am);
    }

    @Test
    void with_the_schedule_off_nothing_is_built() {
        store.saveSchedule(false, true, true, store.schedule().version(), "lead", monday6am);
        ScheduledCommitteePack.Outcome outcome = job(monday6am).run();
        assertThat(outcome.stored()).isEmpty();
        assertThat(outcome.skipped()).isEqualTo("the schedule is off");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_file", Integer.class)).isZero();
    }

    @Test
    void the_pack_of_the_last_complete_cycle_is_stored_in_the_chosen_version_until_its_time_is_up_then_deleted() {
        store.saveSchedule(true, false, true, store.schedule().version(), "lead", monday6am);
        ScheduledCommitteePack.Outcome outcome = job(monday6am).run();

        assertThat(outcome.cycleId()).isEqualTo(completeCycle);
        List<StoredReport> kept = store.list(false);
        assertThat(kept).isNotEmpty().hasSize(outcome.stored().size());
        assertThat(kept).extracting(StoredReport::kind).contains(ReportKind.COMMITTEE_PACK,
                ReportKind.ACTION_PLAN_WORKBOOK, ReportKind.RESULTS_WORKBOOK);
        assertThat(outcome.problems()).isEmpty();
        assertThat(kept).allSatisfy(r -> {
            assertThat(r.variant()).isEqualTo(ReportVariant.ANONYMISED);
            assertThat(r.cycleId()).isEqualTo(completeCycle);
            assertThat(r.createdBy()).isEqualTo("scheduler");
            assertThat(r.createdAt()).isEqualTo(monday6am);
            assertThat(r.expiresAt()).isEqualTo(monday6am.plus(Duration.ofDays(30)));
            assertThat(r.fileName()).contains("-anonymised");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SCHEDULED_REPORT_STORED' "
                + "AND actor = 'scheduler'", Integer.class)).isGreaterThanOrEqualTo(kept.size());

        store.saveSchedule(false, false, true, store.schedule().version(), "lead", monday6am);
        ScheduledCommitteePack.Outcome dayBefore = job(monday6am.plus(Duration.ofDays(30)).minusSeconds(1)).run();
        assertThat(dayBefore.purged()).isZero();
        ScheduledCommitteePack.Outcome expired = job(monday6am.plus(Duration.ofDays(30))).run();
        assertThat(expired.purged()).isEqualTo(kept.size());
        assertThat(store.list(false)).isEmpty();
    }

    @Test
    void the_last_complete_cycle_is_the_complete_one_whose_period_ended_last() {
        CyclePeriod older = new CyclePeriod(1, "Jan", null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                CycleStatus.COMPLETE);
        CyclePeriod newer = new CyclePeriod(2, "Feb", null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                CycleStatus.COMPLETE);
        CyclePeriod running = new CyclePeriod(3, "Mar", null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                CycleStatus.MODERATION);
        assertThat(ScheduledCommitteePack.lastComplete(List.of(older, running, newer))).contains(newer);
        assertThat(ScheduledCommitteePack.lastComplete(List.of(running))).isEmpty();
    }

    @Test
    void the_next_run_follows_the_configured_cron_in_london_time() {
        Clock sunday = Clock.fixed(Instant.parse("2026-07-05T12:00:00Z"), LONDON);
        assertThat(ReportDeliveryService.nextRun("0 0 6 * * MON", sunday))
                .isEqualTo(Instant.parse("2026-07-06T05:00:00Z"));
    }
}
