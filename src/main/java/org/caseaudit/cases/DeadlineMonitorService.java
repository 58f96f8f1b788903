package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.calendar.WorkingDayCalendar;
import org.caseaudit.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline monitor: for every live case, each statutory timescale that is overdue (no event, past due) or
 * pending and due within the next N working days, so an audit lead sees what is slipping before it is missed.
 * Overdue first, then by due date. A case is live while its S47 enquiry is open or ended within the last
 * {@value #LIVE_MONTHS_AFTER_END} months; older files belong to audits, not to the monitor.
 */
@Service
public class DeadlineMonitorService {

    static final int LIVE_MONTHS_AFTER_END = 3;
    /** Council, horizon, live since; then {@code AND c.team = ?} when by team. */
    static final String SQL = """
            SELECT s.case_id, s.measure, s.status, s.due_date
            FROM case_timescale_status s JOIN case_record c ON c.id = s.case_id
            WHERE s.council_id = ? AND (s.status = 'OVERDUE' OR (s.status = 'PENDING' AND s.due_date <= ?))
              AND (c.s47_end_date IS NULL OR c.s47_end_date >= ?)""";

    private final TimescaleStatusStore statuses;
    private final org.caseaudit.shared.council.CurrentCouncil council;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    DeadlineMonitorService(TimescaleStatusStore statuses, org.springframework.jdbc.core.JdbcTemplate jdbc, Clock clock,
                           org.caseaudit.shared.council.CurrentCouncil council) {
        this.council = council;
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    // read committed: the stored statuses a refresh just committed (in its own transaction) are seen
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public List<Deadline> deadlines(int withinWorkingDays, String team) {
        if (withinWorkingDays < 0 || withinWorkingDays > 60) {
            throw new IllegalArgumentException("Choose between 0 and 60 working days");
        }
        TimescaleEvaluator evaluator = statuses.current(council.id());
        WorkingDayCalendar calendar = evaluator.calendar();
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.addWorkingDays(today, withinWorkingDays).end();
        LocalDate liveSince = today.minusMonths(LIVE_MONTHS_AFTER_END);
        boolean byTeam = team != null && !team.isBlank();
        List<Object> args = new ArrayList<>(List.of(council.id(), java.sql.Date.valueOf(horizon),
                java.sql.Date.valueOf(liveSince)));
        if (byTeam) {
            args.add(team);
        }
        record Row(long caseId, Measure measure, MeasureStatus status, LocalDate dueDate) {
        }
        // the stored statuses (decision 0015): overdue, or pending and due by the horizon, of live cases
        List<Row> rows = jdbc.query(SQL + (byTeam ? " AND c.team = ?" : ""),
                (rs, n) -> new Row(rs.getLong(1), Measure.valueOf(rs.getString(2)), MeasureStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)), args.toArray());
        List<Deadline> deadlines = new ArrayList<>(rows.size());
        // the explanation names today, so it is computed for the listed cases only
        List<Long> ids = rows.stream().map(Row::caseId).distinct().toList();
        java.util.Map<Long, TimescaleStatusStore.Stored> cases = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += TimescaleStatusStore.BATCH) {
            cases.putAll(statuses.load(council.id(), ids.subList(from, Math.min(ids.size(), from + TimescaleStatusStore.BATCH))));
        }
        for (Row row : rows) {
            CaseData data = cases.get(row.caseId()).data();
            MeasureResult result = CaseTimescales.evaluate(evaluator, row.measure(), data, today);
            boolean overdue = result.status() == MeasureStatus.OVERDUE;
            int left = overdue ? -result.workingDaysLate()
                    : calendar.workingDaysBetween(today, result.dueDate()).workingDays();
            deadlines.add(new Deadline(row.caseId(), data.caseReference(), data.team(), result.measure(),
                    result.status(), result.dueDate(), left, result.explanation()));
        }
        // the order the per-case evaluation gave ties: case by case, measures in their order
        deadlines.sort(Comparator.comparingLong(Deadline::caseId).thenComparing(Deadline::measure));
        deadlines.sort(Comparator.comparingInt(Deadline::workingDaysLeft).thenComparing(Deadline::dueDate)
                .thenComparing(Deadline::caseReference));
        return deadlines;
    }
}
