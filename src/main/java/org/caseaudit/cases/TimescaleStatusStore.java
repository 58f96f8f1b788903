package org.caseaudit.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluation;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.calendar.TimescaleRule;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.cases.internal.ImportedCases;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.council.CouncilScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored timescale statuses (table {@code case_timescale_status}, decision 0015): each case's
 * {@link CaseTimescales#evaluate} result per measure as of {@code evaluated_on}, kept equal to the computed one.
 * Refreshed
 * <ul>
 * <li>in the import's transaction, for the cases the import wrote ({@link #written});</li>
 * <li>for every case of the council when the calendar version or the timescale rules differ from those the
 * statuses were stored with, in one transaction per council under the council's refresh row lock;</li>
 * <li>when the day moved on: only the cases whose stored status can change with the date (pending, due before
 * today, or pending without a due date yet), plus any case without stored rows (written outside an import).</li>
 * </ul>
 * A measure that does not apply to a case has no row (decision 0028), unless no measure of the case applies: every
 * evaluated case has at least one row, so a case without rows is one never evaluated, and a missing row of a case
 * with rows reads as not applicable. Cases without stored rows get plain INSERTs; cases with rows an upsert, and
 * rows of measures that stopped applying are deleted.
 * {@link #current} is called before every read: it does nothing when the council's refresh row already names today,
 * the newest calendar version and the current rules (one primary-key read); otherwise it refreshes first, so a reader
 * never sees a status computed for another day or calendar. The nightly job and the change events call it so readers
 * rarely have to. A reader may instead send its {@link #CHECK} in its own statement (the register's status filter
 * joins it to the page) and call {@link #current} only when {@link #ifCurrent} says the statuses are stale.
 */
@Component
class TimescaleStatusStore implements ImportedCases {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(TimescaleStatusStore.class);

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final String UPSERT_HEAD = "INSERT INTO case_timescale_status (council_id, case_id, measure, status,"
            + " due_date, working_days_taken, case_reference, source, evaluated_on, calendar_version) VALUES ";
    private static final String UPSERT_TAIL = " ON DUPLICATE KEY UPDATE council_id = VALUES(council_id),"
            + " status = VALUES(status), due_date = VALUES(due_date), working_days_taken = VALUES(working_days_taken),"
            + " case_reference = VALUES(case_reference), source = VALUES(source),"
            + " evaluated_on = VALUES(evaluated_on), calendar_version = VALUES(calendar_version)";

    private final JdbcTemplate jdbc;
    private final TimescaleService timescales;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    /** Per council: the evaluator of its rules and the newest calendar, while neither changes (readers' fixed cost). */
    private final Map<Long, Cached> evaluators = new java.util.concurrent.ConcurrentHashMap<>();

    TimescaleStatusStore(JdbcTemplate jdbc, TimescaleService timescales, Clock clock,
                         PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.timescales = timescales;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the stored statuses of a council are current for. */
    record Refresh(LocalDate refreshedOn, long calendarVersion, String ruleVersion) {

        boolean currentFor(LocalDate today, TimescaleEvaluator evaluator) {
            return refreshedOn.equals(today) && sameRules(evaluator);
        }

        boolean sameRules(TimescaleEvaluator evaluator) {
            return calendarVersion == evaluator.calendar().version() && ruleVersion.equals(TimescaleStatusStore.ruleVersion(evaluator));
        }
    }

    /** How many cases a refresh evaluated, and why. */
    record Outcome(String kind, int cases) {
    }

    /**
     * Makes the council's stored statuses current for today, the newest calendar and the current rules (refreshing
     * first if they are not), in a transaction of its own so the caller's later reads see them; returns the evaluator
     * they are current for. Call it before the caller's transaction reads anything.
     */
    TimescaleEvaluator current(long council) {
        TimescaleEvaluator evaluator = ifCurrent(council, check(council));
        return evaluator != null ? evaluator : refreshNow(council);
    }

    /** One statement in the caller's transaction: the refresh row, the newest calendar and the council's rules. */
    Check check(long council) {
        return jdbc.queryForObject(CHECK, (rs, n) -> Check.read(rs, 1), council, council);
    }

    /**
     * The staleness check {@link #current} sends, as a one-row query of {@value #CHECK_WIDTH} columns (the council
     * twice as its parameters), for a reader that sends it in its own statement (e.g. joined to the page it reads):
     * read it with {@link Check#read}, then ask {@link #ifCurrent}.
     */
    static final String CHECK = """
            SELECT r.refreshed_on, r.calendar_version, r.rule_version,
                   (SELECT COALESCE(MAX(v.version_no), 0) FROM calendar_version v) AS newest_calendar_version,
                   (SELECT GROUP_CONCAT(CONCAT_WS(':', t.measure, t.amount, t.unit, t.strategy_discussion)
                                        ORDER BY t.measure SEPARATOR ';')
                    FROM timescale_setting t WHERE t.council_id = ?) AS council_rules
            FROM (SELECT 1) one LEFT JOIN case_timescale_refresh r ON r.council_id = ?""";

    /** Columns {@link #CHECK} returns. */
    static final int CHECK_WIDTH = 5;

    /**
     * The evaluator the council's stored statuses are current for, as {@code check} (read by the caller) shows
     * them; null when they are not current: the caller then calls {@link #current}, which refreshes them, and reads
     * again.
     */
    TimescaleEvaluator ifCurrent(long council, Check check) {
        TimescaleEvaluator evaluator = evaluator(council, check);
        return check.refresh().currentFor(LocalDate.now(clock), evaluator) ? evaluator : null;
    }

    /**
     * The evaluator of the council's rules and the newest calendar, read with one statement ({@link #CHECK}) and
     * built only when either changed: for a reader that evaluates cases itself (a case's facts panel) and leaves the
     * stored statuses as they are.
     */
    TimescaleEvaluator evaluator(long council, Check check) {
        Cached cached = evaluators.get(council);
        if (cached != null && cached.calendarVersion() == check.calendarVersion() && cached.rules().equals(check.rules())) {
            return cached.evaluator();
        }
        TimescaleEvaluator evaluator = evaluator(council);
        evaluators.put(council, new Cached(check.calendarVersion(), check.rules(), evaluator));
        return evaluator;
    }

    /** Refreshes the council's statuses in a transaction of their own (under its refresh row's lock) if still due. */
    private TimescaleEvaluator refreshNow(long council) {
        LocalDate today = LocalDate.now(clock);
        newTransaction.executeWithoutResult(tx -> {
            TimescaleEvaluator fresh = evaluator(council);
            Refresh locked = read(council, true);
            if (!locked.currentFor(today, fresh)) {
                refresh(council, locked, fresh, today);
            }
        });
        return evaluator(council);
    }

    /** The refresh row as read, with the newest calendar version and the council's rules as stored. */
    record Check(Refresh refresh, long calendarVersion, String rules) {

        /** The {@link #CHECK} columns starting at column {@code first}. */
        static Check read(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
            return new Check(rs.getObject(first) == null ? new Refresh(LocalDate.EPOCH, -1, "")
                    : new Refresh(rs.getObject(first, LocalDate.class), rs.getLong(first + 1),
                    rs.getString(first + 2)), rs.getLong(first + 3), String.valueOf(rs.getString(first + 4)));
        }
    }

    /** An evaluator built for a calendar version and the rules' stored text (their SHA-256 is in the refresh row). */
    private record Cached(long calendarVersion, String rules, TimescaleEvaluator evaluator) {
    }

    /** The refresh the current state calls for, run in the caller's transaction with the council's row locked. */
    private Outcome refresh(long council, Refresh stored, TimescaleEvaluator evaluator, LocalDate today) {
        long start = System.nanoTime();
        Outcome outcome;
        if (!stored.sameRules(evaluator) || stored.refreshedOn().isAfter(today)) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM case_record WHERE council_id = ? ORDER BY id", Long.class,
                    council);
            outcome = new Outcome("all cases", refreshCases(council, ids, evaluator, today));
        } else {
            List<Long> ids = dateDrivenIds(council, today);
            outcome = new Outcome("date-driven", refreshCases(council, ids, evaluator, today));
        }
        jdbc.update("UPDATE case_timescale_refresh SET refreshed_on = ?, calendar_version = ?, rule_version = ?,"
                        + " refreshed_at = ?, cases_refreshed = ? WHERE council_id = ?", Date.valueOf(today),
                evaluator.calendar().version(), ruleVersion(evaluator),
                java.sql.Timestamp.from(clock.instant()), outcome.cases(), council);
        log.info("Timescale statuses of council {} refreshed ({}): {} cases in {} ms", council, outcome.kind(),
                outcome.cases(), (System.nanoTime() - start) / 1_000_000);
        return outcome;
    }

    /**
     * The cases whose stored status can differ today from the day it was stored, with the same calendar and rules:
     * a pending measure due before today (now overdue), a pending one without a due date yet (the outcome to the
     * referrer, waiting for the referral decision, turns to data missing once that decision is late), and any case
     * with no stored rows (written outside an import). Every other status is fixed by the case's dates.
     */
    List<Long> dateDrivenIds(long council, LocalDate today) {
        return jdbc.queryForList("""
                SELECT DISTINCT case_id FROM case_timescale_status
                WHERE council_id = ? AND status = 'PENDING' AND (due_date IS NULL OR due_date < ?)
                UNION
                SELECT c.id FROM case_record c
                WHERE c.council_id = ? AND NOT EXISTS (SELECT 1 FROM case_timescale_status s WHERE s.case_id = c.id)
                ORDER BY 1""", Long.class, council, Date.valueOf(today), council);
    }

    private Refresh read(long council, boolean lock) {
        String select = "SELECT refreshed_on, calendar_version, rule_version FROM case_timescale_refresh"
                + " WHERE council_id = ?" + (lock ? " FOR UPDATE" : "");
        List<Refresh> rows = jdbc.query(select,
                (rs, n) -> new Refresh(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)), council);
        if (rows.isEmpty() && lock) {
            // only a council without a row inserts one: INSERT IGNORE on an existing row takes a shared lock, and two
            // refreshes (the background one and a reader's) upgrading theirs would deadlock
            jdbc.update("INSERT IGNORE INTO case_timescale_refresh (council_id, refreshed_on, calendar_version,"
                    + " rule_version) VALUES (?, '1970-01-01', -1, '')", council);
            rows = jdbc.query(select,
                    (rs, n) -> new Refresh(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)), council);
        }
        return rows.isEmpty() ? new Refresh(LocalDate.EPOCH, -1, "") : rows.getFirst();
    }

    /** Inside the import's transaction: the cases it wrote, evaluated with today's calendar and rules. */
    @Override
    public void written(long importId) {
        long council = jdbc.queryForObject("SELECT council_id FROM case_import WHERE id = ?", Long.class, importId);
        TimescaleEvaluator evaluator = evaluator(council);
        // share lock: a whole-council refresh running now finishes first (and the import then writes after it)
        jdbc.query("SELECT council_id FROM case_timescale_refresh WHERE council_id = ? LOCK IN SHARE MODE",
                rs -> { }, council);
        long start = System.nanoTime();
        List<Long> ids = jdbc.queryForList("SELECT id FROM case_record WHERE council_id = ? AND last_import_id = ?"
                + " ORDER BY id", Long.class, council, importId);
        long[] phases = new long[3];
        refreshCases(council, ids, evaluator, LocalDate.now(clock), phases);
        log.info("Timescale statuses of import {} ({} cases) stored in {} ms: read {} ms, evaluated {} ms, written {} ms",
                importId, ids.size(), (System.nanoTime() - start) / 1_000_000, phases[0] / 1_000_000,
                phases[1] / 1_000_000, phases[2] / 1_000_000);
    }

    /**
     * Evaluates and stores the given cases of the council, a batch at a time, in the caller's transaction; returns
     * their number. An id of another council is skipped.
     */
    int refreshCases(long council, List<Long> ids, TimescaleEvaluator evaluator, LocalDate today) {
        return refreshCases(council, ids, evaluator, today, new long[3]);
    }

    /** As above, adding the nanoseconds spent reading, evaluating and writing to {@code phases}. */
    private int refreshCases(long council, List<Long> ids, TimescaleEvaluator evaluator, LocalDate today, long[] phases) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            long t0 = System.nanoTime();
            Map<Long, Stored> cases = load(council, batch);
            java.util.Set<Long> stored = withRows(council, batch);
            long t1 = System.nanoTime();
            List<Object[]> inserts = new ArrayList<>(cases.size() * 4);
            List<Object[]> upserts = new ArrayList<>();
            Map<Measure, List<Long>> notApplicable = new EnumMap<>(Measure.class);
            // dates bound as LocalDate: the driver writes them as they are, where each java.sql.Date cost it a new
            // Calendar (a good part of binding the rows in the profile)
            LocalDate evaluatedOn = today;
            for (Map.Entry<Long, Stored> e : cases.entrySet()) {
                if (e.getValue().council() != council) {
                    continue;
                }
                long id = e.getKey();
                TimescaleEvaluation evaluation = CaseTimescales.evaluate(evaluator, e.getValue().data(), today);
                boolean storeAll = allNotApplicable(evaluation);
                List<Object[]> rows = stored.contains(id) ? upserts : inserts;
                for (MeasureResult r : evaluation.results()) {
                    if (r.status() == MeasureStatus.NOT_APPLICABLE && !storeAll) {
                        if (stored.contains(id)) {
                            notApplicable.computeIfAbsent(r.measure(), m -> new ArrayList<>()).add(id);
                        }
                        continue;
                    }
                    rows.add(new Object[] {council, id, r.measure().name(), r.status().name(),
                            r.dueDate(), r.workingDaysTaken(),
                            e.getValue().data().caseReference(), e.getValue().source(), evaluatedOn,
                            evaluation.calendarVersion()});
                }
            }
            long t2 = System.nanoTime();
            write(inserts, "");
            write(upserts, UPSERT_TAIL);
            for (Map.Entry<Measure, List<Long>> e : notApplicable.entrySet()) {
                List<Object> args = new ArrayList<>(e.getValue().size() + 2);
                args.add(council);
                args.add(e.getKey().name());
                args.addAll(e.getValue());
                jdbc.update("DELETE FROM case_timescale_status WHERE council_id = ? AND measure = ? AND case_id IN ("
                        + String.join(", ", Collections.nCopies(e.getValue().size(), "?")) + ")", args.toArray());
            }
            phases[0] += t1 - t0;
            phases[1] += t2 - t1;
            phases[2] += System.nanoTime() - t2;
        }
        return ids.size();
    }

    /**
     * Whether every measure of the case is not applicable: then all six rows are stored, so that every evaluated case
     * has at least one row and a case without rows means "never evaluated" (decision 0028). Otherwise a measure that
     * does not apply has no row, and readers take a missing row of a case with rows as not applicable.
     */
    static boolean allNotApplicable(TimescaleEvaluation evaluation) {
        return evaluation.results().stream().allMatch(r -> r.status() == MeasureStatus.NOT_APPLICABLE);
    }

    /** Of these cases of the council, the ones that have stored rows (their rows are updated, not inserted). */
    private java.util.Set<Long> withRows(long council, List<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        List<Object> args = new ArrayList<>(ids.size() + 1);
        args.add(council);
        args.addAll(ids);
        return new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT case_id FROM case_timescale_status"
                + " WHERE council_id = ? AND case_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")", Long.class, args.toArray()));
    }

    /**
     * Writes the rows with multi-row INSERTs of up to {@value #ROWS_PER_STATEMENT} rows: one statement parsed and
     * executed per thousand rows, not one per row (decision 0023); {@code tail} is empty for cases without stored
     * rows (plain INSERT) and the ON DUPLICATE KEY UPDATE clause for cases that have them.
     */
    private void write(List<Object[]> rows, String tail) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            Object[] args = new Object[chunk.size() * 10];
            int i = 0;
            for (Object[] row : chunk) {
                System.arraycopy(row, 0, args, i, 10);
                i += 10;
            }
            jdbc.update(UPSERT_HEAD + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    + tail, args);
        }
    }

    record Stored(String source, CaseData data, long council) {
    }

    /**
     * The council's cases with these ids as the register holds them (the same fields {@code CaseRecordEntity} maps);
     * an id of another council is not read.
     */
    Map<Long, Stored> load(long council, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Object[] args = new Object[ids.size() + 1];
        args[0] = council;
        for (int i = 0; i < ids.size(); i++) {
            args[i + 1] = ids.get(i);
        }
        Map<Long, Stored> cases = new LinkedHashMap<>();
        jdbc.query("SELECT " + CaseRows.COLUMNS + ", " + DISCUSSIONS + " FROM case_record c WHERE c.council_id = ?"
                + " AND c.id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY c.id", rs -> {
                    CaseFacts facts = CaseRows.facts(rs, 1, CaseRows.discussions(rs.getString(CaseRows.WIDTH + 1)));
                    cases.put(facts.id(), new Stored(facts.source(), facts.data(), CaseRows.council(rs, 1)));
                }, args);
        return cases;
    }

    /** A case's strategy-discussion dates in their order, one text column (see {@link CaseRows#discussions(String)}). */
    static final String DISCUSSIONS = "(SELECT GROUP_CONCAT(d.discussion_date ORDER BY d.seq) FROM case_strategy_discussion d"
            + " WHERE d.case_id = c.id AND d.council_id = c.council_id)";

    /**
     * The calendar and the council's rules, read as the system in the council's scope: the nightly job and background
     * imports have no user.
     */
    private TimescaleEvaluator evaluator(long council) {
        return CouncilScope.call(council, () -> RunAs.as("system", timescales::evaluator, Roles.ADMIN));
    }

    /** The councils whose statuses the jobs keep current. */
    List<Long> councils() {
        return jdbc.queryForList("SELECT id FROM council WHERE offboarded_at IS NULL ORDER BY id", Long.class);
    }

    /** A fingerprint of the timescale rules: a change to any rule makes the stored statuses out of date. */
    static String ruleVersion(TimescaleEvaluator evaluator) {
        StringBuilder text = new StringBuilder();
        for (Measure m : Measure.values()) {
            TimescaleRule r = evaluator.settings().rule(m);
            text.append(m).append(':').append(r.amount()).append(r.unit()).append(r.strategyDiscussion()).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
