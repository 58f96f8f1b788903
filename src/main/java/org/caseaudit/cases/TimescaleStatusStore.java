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
 * {@link #current} is called before every read: it does nothing when the council's refresh row already names today,
 * the newest calendar version and the current rules (one primary-key read); otherwise it refreshes first, so a reader
 * never sees a status computed for another day or calendar. The nightly job and the change events call it so readers
 * rarely have to.
 */
@Component
class TimescaleStatusStore implements ImportedCases {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(TimescaleStatusStore.class);

    private static final List<CaseField> COLUMNS = Arrays.stream(CaseField.values())
            .filter(f -> f.type() != CaseField.Type.DATE_LIST).toList();
    private static final String SELECT_CASES = "SELECT id, source, " + String.join(", ",
            COLUMNS.stream().map(CaseField::key).toList()) + ", council_id FROM case_record WHERE council_id = ? AND id IN (";
    private static final String UPSERT = "INSERT INTO case_timescale_status (council_id, case_id, measure, status,"
            + " due_date, working_days_taken, case_reference, source, evaluated_on, calendar_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE council_id = VALUES(council_id),"
            + " status = VALUES(status), due_date = VALUES(due_date), working_days_taken = VALUES(working_days_taken),"
            + " case_reference = VALUES(case_reference), source = VALUES(source),"
            + " evaluated_on = VALUES(evaluated_on), calendar_version = VALUES(calendar_version)";

    private final JdbcTemplate jdbc;
    private final TimescaleService timescales;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

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
        Object[] result = new Object[1];
        newTransaction.executeWithoutResult(tx -> {
            TimescaleEvaluator evaluator = evaluator(council);
            result[0] = evaluator;
            LocalDate today = LocalDate.now(clock);
            if (read(council, false).currentFor(today, evaluator)) {
                return;
            }
            Refresh locked = read(council, true);
            if (!locked.currentFor(today, evaluator)) {
                refresh(council, locked, evaluator, today);
            }
        });
        return (TimescaleEvaluator) result[0];
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
        if (lock) {
            jdbc.update("INSERT IGNORE INTO case_timescale_refresh (council_id, refreshed_on, calendar_version,"
                    + " rule_version) VALUES (?, '1970-01-01', -1, '')", council);
        }
        List<Refresh> rows = jdbc.query("SELECT refreshed_on, calendar_version, rule_version FROM"
                        + " case_timescale_refresh WHERE council_id = ?" + (lock ? " FOR UPDATE" : ""),
                (rs, n) -> new Refresh(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)), council);
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
        List<Long> ids = jdbc.queryForList("SELECT id FROM case_record WHERE council_id = ? AND last_import_id = ?"
                + " ORDER BY id", Long.class, council, importId);
        refreshCases(council, ids, evaluator, LocalDate.now(clock));
    }

    /**
     * Evaluates and stores the given cases of the council, a batch at a time, in the caller's transaction; returns
     * their number. An id of another council is skipped.
     */
    int refreshCases(long council, List<Long> ids, TimescaleEvaluator evaluator, LocalDate today) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, Stored> cases = load(council, batch);
            List<Object[]> rows = new ArrayList<>(cases.size() * Measure.values().length);
            Date evaluatedOn = Date.valueOf(today);
            for (Map.Entry<Long, Stored> e : cases.entrySet()) {
                if (e.getValue().council() != council) {
                    continue;
                }
                TimescaleEvaluation evaluation = CaseTimescales.evaluate(evaluator, e.getValue().data(), today);
                for (MeasureResult r : evaluation.results()) {
                    rows.add(new Object[] {council, e.getKey(), r.measure().name(), r.status().name(),
                            r.dueDate() == null ? null : Date.valueOf(r.dueDate()), r.workingDaysTaken(),
                            e.getValue().data().caseReference(), e.getValue().source(), evaluatedOn,
                            evaluation.calendarVersion()});
                }
            }
            jdbc.batchUpdate(UPSERT, rows, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                    Types.DATE, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.BIGINT});
        }
        return ids.size();
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
        String in = String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, List<LocalDate>> discussions = new HashMap<>();
        Object[] args = new Object[ids.size() + 1];
        args[0] = council;
        for (int i = 0; i < ids.size(); i++) {
            args[i + 1] = ids.get(i);
        }
        jdbc.query("SELECT case_id, discussion_date FROM case_strategy_discussion WHERE council_id = ? AND case_id IN ("
                        + in + " ORDER BY case_id, seq",
                rs -> {
                    discussions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                }, args);
        Map<Long, Stored> cases = new LinkedHashMap<>();
        jdbc.query(SELECT_CASES + in + " ORDER BY id", rs -> {
            long id = rs.getLong(1);
            cases.put(id, new Stored(rs.getString(2), data(rs, discussions.getOrDefault(id, List.of())),
                    rs.getLong(COLUMNS.size() + 3)));
        }, args);
        return cases;
    }

    private static CaseData data(ResultSet rs, List<LocalDate> discussions) throws SQLException {
        Map<CaseField, Object> values = new EnumMap<>(CaseField.class);
        int i = 3;
        for (CaseField f : COLUMNS) {
            Object v = switch (f.type()) {
                case DATE -> rs.getObject(i, LocalDate.class);
                case YES_NO -> {
                    boolean b = rs.getBoolean(i);
                    yield rs.wasNull() ? null : b;
                }
                case INTEGER -> {
                    int n = rs.getInt(i);
                    yield rs.wasNull() ? null : n;
                }
                case OUTCOME -> {
                    String s = rs.getString(i);
                    yield s == null ? null : S47Outcome.valueOf(s);
                }
                default -> rs.getString(i);
            };
            values.put(f, v);
            i++;
        }
        values.put(CaseField.STRATEGY_DISCUSSION_DATES, discussions);
        return CaseData.of(values);
    }

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
