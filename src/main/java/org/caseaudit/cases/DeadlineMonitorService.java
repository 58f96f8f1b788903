package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseaudit.calendar.Measure;
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
        // the stored statuses (decision 0015) with each listed case's columns, one statement (decision 0023):
        // overdue, or pending and due by the horizon, of live cases
        List<Deadline> deadlines = new ArrayList<>();
        // only the columns the evaluation reads: the explanation is worked out from them when shown
        String select = "SELECT s.measure, s.status, s.due_date, " + CaseRows.TIMESCALE_COLUMNS
                + ", CASE WHEN s.measure = 'ICPC' THEN " + TimescaleStatusStore.DISCUSSIONS + " END";
        int discussions = 5 + CaseRows.TIMESCALE_FIELDS.size();
        jdbc.query(SQL.replace("SELECT s.case_id, s.measure, s.status, s.due_date", select) + (byTeam
                ? " AND c.team = ?" : ""),
                rs -> {
                    Measure measure = Measure.valueOf(rs.getString(1));
                    MeasureStatus status = MeasureStatus.valueOf(rs.getString(2));
                    LocalDate due = rs.getObject(3, LocalDate.class);
                    long caseId = rs.getLong(4);
                    // only the ICPC measure starts from a strategy discussion
                    CaseData data = CaseRows.data(rs, 5, CaseRows.TIMESCALE_FIELDS,
                            CaseRows.discussions(rs.getString(discussions)));
                    int left = status == MeasureStatus.OVERDUE ? -calendar.workingDayCount(due, today)
                            : calendar.workingDayCount(today, due);
                    // the explanation names today; it is evaluated for the rows someone looks at
                    deadlines.add(new Deadline(caseId, data.caseReference(), data.team(), measure, status, due, left,
                            () -> CaseTimescales.evaluate(evaluator, measure, data, today).explanation()));
                }, args.toArray());
        // ties in the order the per-case evaluation gave them: case by case, measures in their order
        deadlines.sort(Comparator.comparingInt(Deadline::workingDaysLeft).thenComparing(Deadline::dueDate)
                .thenComparing(Deadline::caseReference).thenComparingLong(Deadline::caseId)
                .thenComparing(Deadline::measure));
        return deadlines;
    }
}
