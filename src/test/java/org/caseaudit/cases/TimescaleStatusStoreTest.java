package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.IntegrationTest;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.calendar.BankHolidayService;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.TimescaleEvaluation;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.calendar.TimescaleRule;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.calendar.TimescaleSettingInfo;
import org.caseaudit.calendar.TimescaleUnit;
import org.caseaudit.calendar.WorkingDayService;
import org.caseaudit.cases.internal.CaseWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored timescale statuses (decision 0015) equal {@link CaseTimescales#evaluate} for generated cases on many days,
 * also after a refresh of only the cases the day can change; each refresh trigger (import, rule change, calendar
 * change, the nightly job) leaves them equal; and the register's status filter and the deadline monitor read them
 * through their indexes.
 *
 * <p>The generated cases are written once for the class (one instance for all tests) and only read by the tests:
 * before each test their stored statuses are removed again, so every test starts, as with cases of its own, from
 * cases never evaluated. A test that changes cases generates its own.
 */
@IntegrationTest
@Tag("clock")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "admin", roles = "ADMIN")
class TimescaleStatusStoreTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String SOURCE = "status-store-test";

    @Autowired
    TimescaleStatusStore store;
    @Autowired
    TimescaleStatusJobs jobs;
    @Autowired
    TimescaleService timescales;
    @Autowired
    BankHolidayService holidays;
    @Autowired
    WorkingDayService workingDays;
    @Autowired
    CaseImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegisterService register;
    @Autowired
    org.caseaudit.cases.internal.CaseRecordRepository cases;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    javax.sql.DataSource dataSource;
    @TempDir
    Path dir;

    LocalDate today;
    List<Long> ids;
    String prefix;
    /** The shared cases' facts as the register maps them ({@link #registered}). */
    Map<Long, CaseData> registered;

    @BeforeAll
    void generatedCases() {
        today = LocalDate.now(clock);
        prefix = "TSS" + RUN.incrementAndGet() + "-";
        ids = generate(prefix);
    }

    /**
     * Writes 243 cases with references starting {@code prefix} (240 generated and three edge cases, in this order)
     * and returns their ids in that order.
     */
    private List<Long> generate(String prefix) {
        List<CaseData> cases = new ArrayList<>(new SyntheticCaseGenerator(25, today, 4, prefix).generate(240));
        // edge cases the generator may not make: a referral waiting for its decision (outcome to referrer pending
        // without a due date), a strategy discussion today, nothing but a reference
        cases.add(caseOf(prefix + "WAIT", today.minusDays(1), null, List.of()));
        cases.add(caseOf(prefix + "SD", today.minusDays(2), today.minusDays(1), List.of(today)));
        cases.add(caseOf(prefix + "BARE", null, null, List.of()));
        transactions.executeWithoutResult(tx ->
                new CaseWriter(jdbc, 1L, SOURCE, null, LocalDateTime.of(2026, 11, 1, 9, 0), false).write(cases));
        List<Long> written = jdbc.queryForList("SELECT id FROM case_record WHERE source = ? AND case_reference LIKE ?"
                + " ORDER BY id", Long.class, SOURCE, prefix + "%");
        assertThat(written).hasSize(cases.size());
        return written;
    }

    /**
     * The generated cases as they were written: without stored statuses (a whole-council refresh of an earlier test
     * may have stored some). Their case rows are never changed by a test.
     */
    @BeforeEach
    void neverEvaluated() {
        jdbc.update("DELETE FROM case_timescale_status WHERE case_id IN (" + inList(ids) + ")");
    }

    /**
     * Takes the generated cases out of the register again (their stored statuses and discussions go with them): left
     * behind they made every later whole-register refresh and register walk of the run (rule and calendar changes,
     * exports) slower.
     */
    @AfterAll
    void removeGeneratedCases() {
        remove(prefix);
    }

    private void remove(String prefix) {
        jdbc.update("DELETE FROM case_record WHERE council_id = ? AND source = ? AND case_reference LIKE ?",
                CurrentCouncil.INSTALLATION_COUNCIL, SOURCE, prefix + "%");
    }

    private static String inList(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static CaseData caseOf(String reference, LocalDate referral, LocalDate decision, List<LocalDate> discussions) {
        return new CaseData(reference, "C-" + reference, "Status Store Team", null, null, referral, null, decision,
                discussions, discussions.isEmpty() ? null : discussions.getFirst(), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest(name = "stored on today {0} days")
    @ValueSource(ints = {-400, -45, -10, -1, 0, 1, 3, 15, 40, 400})
    void stored_statuses_equal_the_computed_ones_on_every_day(int offset) {
        LocalDate day = today.plusDays(offset);
        TimescaleEvaluator evaluator = timescales.evaluator();
        transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, day));

        assertThat(stored()).isEqualTo(computed(evaluator, day));
    }

    @ParameterizedTest(name = "stored on {0}, refreshed on {1} (days from today)")
    @CsvSource({"-60,-59", "-30,-1", "-10,0", "-1,0", "0,1", "0,5", "0,30", "-400,0", "0,400"})
    void refreshing_only_the_cases_the_date_can_change_gives_the_computed_statuses_of_the_later_day(int from, int to) {
        LocalDate before = today.plusDays(from);
        LocalDate after = today.plusDays(to);
        TimescaleEvaluator evaluator = timescales.evaluator();
        transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, before));
        Set<Long> mine = new HashSet<>(ids);
        List<Long> dateDriven = store.dateDrivenIds(CurrentCouncil.INSTALLATION_COUNCIL, after).stream()
                .filter(mine::contains).toList();

        transactions.executeWithoutResult(tx ->
                store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, dateDriven, evaluator, after));

        assertThat(stored()).isEqualTo(computed(evaluator, after));
        assertThat(dateDriven).as("only cases whose status the day can change").hasSizeLessThan(ids.size() / 2);
    }

    @ParameterizedTest(name = "on today {0} days")
    @ValueSource(ints = {-45, 0, 15})
    void one_measure_evaluated_alone_is_the_same_as_in_the_whole_evaluation(int offset) {
        LocalDate day = today.plusDays(offset);
        TimescaleEvaluator evaluator = timescales.evaluator();
        registered(ids).values().forEach(data -> {
            TimescaleEvaluation whole = CaseTimescales.evaluate(evaluator, data, day);
            for (Measure m : Measure.values()) {
                assertThat(CaseTimescales.evaluate(evaluator, m, data, day)).isEqualTo(whole.result(m));
            }
        });
    }

    @Test
    void the_nightly_job_refreshes_the_cases_the_day_moved_and_no_others() {
        TimescaleEvaluator evaluator = store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        LocalDate before = today.minusDays(20);
        transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, before));
        jdbc.update("UPDATE case_timescale_refresh SET refreshed_on = ? WHERE council_id = ?", today.minusDays(1),
                CurrentCouncil.INSTALLATION_COUNCIL);

        jobs.nightly();

        assertThat(stored()).isEqualTo(computed(evaluator, today));
        Map<LocalDate, Integer> byDay = new HashMap<>();
        jdbc.query("SELECT evaluated_on, COUNT(DISTINCT case_id) FROM case_timescale_status WHERE case_id IN ("
                        + inList(ids) + ") GROUP BY evaluated_on",
                rs -> {
                    byDay.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                });
        assertThat(byDay.get(today)).as("refreshed").isPositive();
        assertThat(byDay.get(before)).as("left as they were: nothing the day can change").isGreaterThan(byDay.get(today));
        assertThat(jdbc.queryForObject("SELECT refreshed_on FROM case_timescale_refresh WHERE council_id = ?",
                LocalDate.class, CurrentCouncil.INSTALLATION_COUNCIL)).isEqualTo(today);
    }

    @Test
    void an_import_stores_the_statuses_of_its_cases_in_its_own_transaction() throws Exception {
        String reference = "TSS-IMP" + RUN.incrementAndGet();
        LocalDate discussion = today.minusDays(3);
        Path file = dir.resolve("statuses.csv");
        Files.writeString(file, "case_reference,child_reference,team,referral_date,referral_decision_date,"
                + "strategy_discussion_dates,s47_start_date\n" + String.join(",", reference, "C-" + reference,
                "Status Store Team", today.minusDays(5).toString(), today.minusDays(4).toString(), discussion.toString(),
                discussion.toString()) + "\n");

        ImportResult result = imports.commit(StagedFile.existing(file, "statuses.csv"), "standard",
                new ImportOptions("status-store-import", true));

        assertThat(result.status()).as(result.problems().toString()).isEqualTo(ImportStatus.COMMITTED);
        List<Long> imported = jdbc.queryForList("SELECT id FROM case_record WHERE case_reference = ?", Long.class,
                reference);
        TimescaleEvaluator evaluator = timescales.evaluator();
        Map<String, String> stored = stored(imported);
        assertThat(stored).hasSize(Measure.values().length).isEqualTo(computed(evaluator, today, imported));
        assertThat(stored.get(imported.getFirst() + "/ICPC")).startsWith("PENDING due "
                + workingDays.addWorkingDays(discussion, 15).end());
    }

    @Test
    void a_rule_change_refreshes_every_case_when_it_commits() {
        store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        TimescaleSettingInfo before = timescales.settingRows().stream()
                .filter(r -> r.rule().measure() == Measure.ICPC).findFirst().orElseThrow();
        try {
            timescales.updateRule(new TimescaleRule(Measure.ICPC, 16, TimescaleUnit.WORKING_DAYS,
                    before.rule().strategyDiscussion()), before.version());

            TimescaleEvaluator changed = timescales.evaluator();
            assertThat(changed.settings().rule(Measure.ICPC).amount()).isEqualTo(16);
            refreshed(changed, computed(changed, today));
        } finally {
            TimescaleSettingInfo now = timescales.settingRows().stream()
                    .filter(r -> r.rule().measure() == Measure.ICPC).findFirst().orElseThrow();
            timescales.updateRule(before.rule(), now.version());
        }
        TimescaleEvaluator restored = timescales.evaluator();
        refreshed(restored, computed(restored, today));
    }

    @Test
    void a_rule_change_returns_before_the_refresh_and_a_reader_meanwhile_refreshes_first() throws Exception {
        store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        TimescaleSettingInfo before = timescales.settingRows().stream()
                .filter(r -> r.rule().measure() == Measure.ICPC).findFirst().orElseThrow();
        String rulesBefore = ruleVersion();
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            // another transaction holds the council's refresh row: a refresh started by the save has to wait for it
            java.util.concurrent.CompletableFuture<TimescaleSettingInfo> saved;
            try (java.sql.Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (var st = holder.prepareStatement("SELECT council_id FROM case_timescale_refresh"
                        + " WHERE council_id = ? FOR UPDATE")) {
                    st.setLong(1, CurrentCouncil.INSTALLATION_COUNCIL);
                    st.executeQuery().close();
                }
                saved = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
                    return timescales.updateRule(new TimescaleRule(Measure.ICPC, 17, TimescaleUnit.WORKING_DAYS,
                            before.rule().strategyDiscussion()), before.version());
                });
                // the save commits and returns while the refresh row is still held (a save that waited for the
                // refresh would block on the row until the lock wait timeout and not complete here)
                assertThat(saved).succeedsWithin(java.time.Duration.ofSeconds(30));
                assertThat(ruleVersion()).as("not refreshed yet: the refresh waits for the row").isEqualTo(rulesBefore);
                holder.rollback();
            }
            // the background refresh then takes the row and stores the statuses of the new rule
            TimescaleEvaluator changed = timescales.evaluator();
            assertThat(changed.settings().rule(Measure.ICPC).amount()).isEqualTo(17);
            refreshed(changed, computed(changed, today));
            assertThat(ruleVersion()).isEqualTo(TimescaleStatusStore.ruleVersion(changed));
        } finally {
            TimescaleSettingInfo now = timescales.settingRows().stream()
                    .filter(r -> r.rule().measure() == Measure.ICPC).findFirst().orElseThrow();
            timescales.updateRule(before.rule(), now.version());
        }
        // a reader does not wait for the background refresh: it finds the rows current or refreshes them first
        store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        assertThat(stored()).isEqualTo(computed(timescales.evaluator(), today));
    }

    private String ruleVersion() {
        return jdbc.queryForObject("SELECT rule_version FROM case_timescale_refresh WHERE council_id = ?", String.class,
                CurrentCouncil.INSTALLATION_COUNCIL);
    }

    /**
     * Waits (up to a minute) for the background refresh a change started to store the statuses of {@code evaluator}
     * (its calendar and rules), then asserts they are {@code expected} (computed once, before waiting). The refresh's
     * own completion signal is polled, not the statuses: the council's refresh row, updated in the transaction that
     * stores them, names today, the evaluator's calendar version and its rules once they are committed (one
     * primary-key read every 25 ms).
     */
    private void refreshed(TimescaleEvaluator evaluator, Map<String, String> expected) {
        String rules = TimescaleStatusStore.ruleVersion(evaluator);
        long calendar = evaluator.calendar().version();
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofMinutes(1))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(25))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM case_timescale_refresh WHERE council_id = ?"
                        + " AND refreshed_on = ? AND calendar_version = ? AND rule_version = ?", Integer.class,
                        CurrentCouncil.INSTALLATION_COUNCIL, today, calendar, rules) == 1);
        assertThat(stored()).isEqualTo(expected);
    }

    @Test
    void a_calendar_change_refreshes_every_case_when_it_commits() {
        TimescaleEvaluator current = store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, current, today));
        long base = holidays.newestVersion().orElseThrow().version();
        LocalDate extra = today.plusDays(1);
        while (!workingDays.isWorkingDay(extra).workingDay()) {
            extra = extra.plusDays(1);
        }
        String sd = jdbc.queryForObject("SELECT case_reference FROM case_record WHERE id = ?", String.class,
                ids.get(ids.size() - 2));
        assertThat(sd).endsWith("-SD");
        String dueBefore = due(stored().get(ids.get(ids.size() - 2) + "/ICPC"));
        assertThat(dueBefore).startsWith("PENDING due 20");
        try {
            holidays.addHoliday(base, extra, "Status store test holiday");

            TimescaleEvaluator changed = timescales.evaluator();
            refreshed(changed, computed(changed, today));
            assertThat(due(stored().get(ids.get(ids.size() - 2) + "/ICPC"))).as("due one working day later")
                    .isNotEqualTo(dueBefore);
        } finally {
            holidays.removeHoliday(base + 1, extra);
        }
        TimescaleEvaluator restored = timescales.evaluator();
        refreshed(restored, computed(restored, today));
        assertThat(due(stored().get(ids.get(ids.size() - 2) + "/ICPC"))).isEqualTo(dueBefore);
    }

    private static String due(String stored) {
        return stored.substring(0, stored.indexOf(" taken"));
    }

    @Test
    void the_status_filter_and_the_deadline_monitor_read_their_indexes() {
        CaseFilter filter = CaseFilter.all().withMeasure(Measure.ICPC, org.caseaudit.calendar.MeasureStatus.OVERDUE);
        CaseRegisterService.MeasureQuery q = CaseRegisterService.MeasureQuery.of(filter, CurrentCouncil.INSTALLATION_COUNCIL);
        List<Object> args = new ArrayList<>(q.args());
        args.add(50);
        args.add(0);
        List<Map<String, Object>> page = jdbc.queryForList("EXPLAIN " + q.page(), args.toArray());
        assertThat(page).first().satisfies(row -> {
            assertThat(row.get("table")).isEqualTo("s");
            assertThat(row.get("key")).isEqualTo("ix_case_timescale_status_filter");
            assertThat(String.valueOf(row.get("Extra"))).doesNotContain("filesort");
        });

        // the page as the register sends it, with the staleness check in the same statement: the same index inside
        List<Object> checked = new ArrayList<>(List.of(CurrentCouncil.INSTALLATION_COUNCIL,
                CurrentCouncil.INSTALLATION_COUNCIL));
        checked.addAll(args);
        assertThat(jdbc.queryForList("EXPLAIN " + q.checkedPage(), checked.toArray())).anySatisfy(row -> {
            assertThat(row.get("table")).isEqualTo("s");
            assertThat(row.get("key")).isEqualTo("ix_case_timescale_status_filter");
            assertThat(String.valueOf(row.get("Extra"))).doesNotContain("filesort");
        });

        List<Map<String, Object>> monitor = jdbc.queryForList("EXPLAIN " + DeadlineMonitorService.SQL,
                CurrentCouncil.INSTALLATION_COUNCIL, today.plusDays(14), today.minusMonths(3));
        assertThat(monitor).first().satisfies(row -> {
            assertThat(row.get("table")).isEqualTo("s");
            assertThat(row.get("key")).isEqualTo("ix_case_timescale_status_due");
        });
        assertThat(monitor.get(1).get("key")).isEqualTo("PRIMARY");
    }

    @Test
    void the_status_filter_page_and_count_refresh_statuses_stored_for_other_rules_before_they_answer() {
        TimescaleEvaluator evaluator = store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, today));
        Map<String, String> computed = computed(evaluator, today);
        Map<Long, String> references = new HashMap<>();
        jdbc.query("SELECT id, case_reference FROM case_record WHERE source = ? AND case_reference LIKE ?",
                rs -> {
                    references.put(rs.getLong(1), rs.getString(2));
                }, SOURCE, prefix + "%");
        List<String> expected = ids.stream().filter(id -> computed.get(id + "/ICPC").startsWith("OVERDUE"))
                .map(references::get).sorted().toList();
        long notOverdue = ids.stream().filter(id -> !computed.get(id + "/ICPC").startsWith("OVERDUE")
                && !computed.get(id + "/ICPC").startsWith("NOT_APPLICABLE")).findFirst().orElseThrow();
        CaseFilter overdue = new CaseFilter(null, null, null, null, null, prefix)
                .withMeasure(Measure.ICPC, org.caseaudit.calendar.MeasureStatus.OVERDUE);
        for (String reader : List.of("page", "count")) {
            // a stored row that is wrong, under a refresh row naming other rules: a reader must refresh, then read
            assertThat(jdbc.update("UPDATE case_timescale_status SET status = 'OVERDUE' WHERE case_id = ?"
                    + " AND measure = 'ICPC'", notOverdue)).isEqualTo(1);
            jdbc.update("UPDATE case_timescale_refresh SET rule_version = 'other rules' WHERE council_id = ?",
                    CurrentCouncil.INSTALLATION_COUNCIL);
            if (reader.equals("page")) {
                assertThat(register.find(overdue, org.springframework.data.domain.PageRequest.of(0, 1000)))
                        .extracting(f -> f.data().caseReference()).isEqualTo(expected);
            } else {
                assertThat(register.count(overdue)).isEqualTo(expected.size());
            }
            assertThat(ruleVersion()).as(reader + " refreshed first").isEqualTo(TimescaleStatusStore.ruleVersion(evaluator));
            assertThat(stored()).isEqualTo(computed);
        }
    }

    @Test
    void measures_that_do_not_apply_have_no_row_yet_the_filter_count_and_export_say_not_applicable() throws Exception {
        TimescaleEvaluator evaluator = store.current(CurrentCouncil.INSTALLATION_COUNCIL);
        transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, today));
        Map<String, String> computed = computed(evaluator, today);
        assertThat(computed.values()).as("the generated cases have measures that do not apply")
                .anyMatch(v -> v.startsWith("NOT_APPLICABLE"));
        assertThat(storedRows().values()).as("no row stored for a measure that does not apply")
                .noneMatch(v -> v.startsWith("NOT_APPLICABLE"));
        assertThat(stored()).isEqualTo(computed);

        Map<Long, String> references = new HashMap<>();
        jdbc.query("SELECT id, case_reference FROM case_record WHERE source = ? AND case_reference LIKE ?",
                rs -> {
                    references.put(rs.getLong(1), rs.getString(2));
                }, SOURCE, prefix + "%");
        CaseFilter mine = new CaseFilter(null, null, null, null, null, prefix);
        for (Measure m : List.of(Measure.ICPC, Measure.CF_ASSESSMENT, Measure.FIRST_CORE_GROUP)) {
            List<String> expected = ids.stream().filter(id -> computed.get(id + "/" + m.name()).startsWith("NOT_APPLICABLE"))
                    .map(references::get).sorted().toList();
            CaseFilter notApplicable = mine.withMeasure(m, org.caseaudit.calendar.MeasureStatus.NOT_APPLICABLE);
            assertThat(register.count(notApplicable)).as(m + " count").isEqualTo(expected.size());
            assertThat(register.find(notApplicable, org.springframework.data.domain.PageRequest.of(0, 1000)))
                    .as(m + " page, in register order").extracting(f -> f.data().caseReference()).isEqualTo(expected);
            java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
            register.export(notApplicable, CaseRegisterService.ExportFormat.CSV, csv);
            assertThat(exported(csv).keySet()).as(m + " export").containsExactlyElementsOf(expected);
        }
        // the whole export: every measure's status as computed, not applicable ones included
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        register.export(mine, CaseRegisterService.ExportFormat.CSV, csv);
        Map<String, Map<String, String>> rows = exported(csv);
        for (long id : ids) {
            for (Measure m : Measure.values()) {
                String key = m.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(rows.get(references.get(id)).get(key + "_status")).as(references.get(id) + " " + m)
                        .isEqualTo(computed.get(id + "/" + m.name()).split(" ")[0]);
            }
        }
    }

    @Test
    void a_measure_that_stops_applying_loses_its_row_and_one_that_starts_gains_it() {
        // this test changes its cases: cases of its own
        String prefix = "TSS" + RUN.incrementAndGet() + "-";
        List<Long> ids = generate(prefix);
        try {
            TimescaleEvaluator evaluator = timescales.evaluator();
            transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, today));
            // cases with an S47 enquiry lose it (their ICPC stops applying); cases without one gain one
            List<Long> changed = jdbc.queryForList("SELECT id FROM case_record WHERE source = ? AND case_reference LIKE ?"
                    + " AND s47_start_date IS NOT NULL AND icpc_date IS NULL", Long.class, SOURCE, prefix + "%");
            assertThat(changed).isNotEmpty();
            jdbc.update("UPDATE case_record SET s47_start_date = NULL, s47_outcome = NULL WHERE id IN ("
                    + inList(changed) + ")");
            jdbc.update("UPDATE case_record SET s47_start_date = referral_date, s47_outcome = 'ICPC'"
                    + " WHERE source = ? AND case_reference LIKE ? AND s47_start_date IS NULL AND referral_date IS NOT NULL"
                    + " AND id NOT IN (" + inList(changed) + ")",
                    SOURCE, prefix + "%");

            transactions.executeWithoutResult(tx -> store.refreshCases(CurrentCouncil.INSTALLATION_COUNCIL, ids, evaluator, today));

            assertThat(storedRows(ids).values()).noneMatch(v -> v.startsWith("NOT_APPLICABLE"));
            assertThat(stored(ids)).isEqualTo(computed(evaluator, today, ids));
        } finally {
            remove(prefix);
        }
    }

    /** An export's rows by case reference: heading -> cell. */
    private static Map<String, Map<String, String>> exported(java.io.ByteArrayOutputStream csv) throws Exception {
        Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(
                        csv.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                rows.put(r.get("case_reference"), r.toMap());
            }
        }
        return rows;
    }

    /**
     * My cases' stored rows as "id/MEASURE" -> "STATUS due D taken N calendar V", read as the readers read them: a
     * measure without a row of a case that has rows is not applicable (decision 0028).
     */
    private Map<String, String> stored() {
        return stored(ids);
    }

    private Map<String, String> stored(List<Long> ids) {
        Map<String, String> rows = storedRows(ids);
        Map<Long, Long> calendars = new HashMap<>();
        jdbc.query("SELECT case_id, MAX(calendar_version) FROM case_timescale_status WHERE case_id IN ("
                + inList(ids) + ") GROUP BY case_id",
                rs -> {
                    calendars.put(rs.getLong(1), rs.getLong(2));
                });
        calendars.forEach((id, calendar) -> {
            for (Measure m : Measure.values()) {
                rows.putIfAbsent(id + "/" + m.name(), describe("NOT_APPLICABLE", null, null, calendar));
            }
        });
        return rows;
    }

    /** My cases' rows exactly as stored. */
    private Map<String, String> storedRows() {
        return storedRows(ids);
    }

    private Map<String, String> storedRows(List<Long> ids) {
        Map<String, String> rows = new HashMap<>();
        jdbc.query("SELECT case_id, measure, status, due_date, working_days_taken, calendar_version FROM"
                        + " case_timescale_status WHERE case_id IN (" + inList(ids) + ")",
                rs -> {
                    Object taken = rs.getObject(5);
                    rows.put(rs.getLong(1) + "/" + rs.getString(2), describe(rs.getString(3),
                            rs.getObject(4, LocalDate.class), taken == null ? null : ((Number) taken).intValue(),
                            rs.getLong(6)));
                });
        return rows;
    }

    private Map<String, String> computed(TimescaleEvaluator evaluator, LocalDate day) {
        return computed(evaluator, day, ids);
    }

    private Map<String, String> computed(TimescaleEvaluator evaluator, LocalDate day, List<Long> ids) {
        Map<String, String> rows = new HashMap<>();
        registered(ids).forEach((id, data) -> {
            TimescaleEvaluation evaluation = CaseTimescales.evaluate(evaluator, data, day);
            for (MeasureResult r : evaluation.results()) {
                rows.put(id + "/" + r.measure().name(), describe(r.status().name(), r.dueDate(), r.workingDaysTaken(),
                        evaluation.calendarVersion()));
            }
        });
        return rows;
    }

    /**
     * The cases' facts read through the register's own mapping, not the store's loader: the shared cases' are read
     * once (no test changes them), other cases' every time.
     */
    private Map<Long, CaseData> registered(List<Long> ids) {
        if (ids == this.ids && registered != null) {
            return registered;
        }
        Map<Long, CaseData> read = new java.util.LinkedHashMap<>();
        transactions.executeWithoutResult(tx -> cases.findAllById(ids).forEach(e -> read.put(e.getId(), e.toData())));
        if (ids == this.ids) {
            registered = read;
        }
        return read;
    }

    private static String describe(String status, LocalDate due, Integer taken, long calendar) {
        return status + " due " + due + " taken " + taken + " calendar " + calendar;
    }
}
