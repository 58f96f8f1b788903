package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.calendar.TimescaleService;
import org.caseaudit.calendar.WorkingDayCalendar;
import org.caseaudit.cases.internal.CaseRecordRepository;
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

    private final CaseRecordRepository cases;
    private final TimescaleService timescales;
    private final Clock clock;

    DeadlineMonitorService(CaseRecordRepository cases, TimescaleService timescales, Clock clock) {
        this.cases = cases;
        this.timescales = timescales;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(int withinWorkingDays, String team) {
        if (withinWorkingDays < 0 || withinWorkingDays > 60) {
            throw new IllegalArgumentException("Choose between 0 and 60 working days");
        }
        TimescaleEvaluator evaluator = timescales.evaluator();
        WorkingDayCalendar calendar = evaluator.calendar();
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.addWorkingDays(today, withinWorkingDays).end();
        List<Deadline> deadlines = new ArrayList<>();
        CaseFilter filter = new CaseFilter(team == null || team.isBlank() ? null : team, null, null, null, null, null);
        LocalDate liveSince = today.minusMonths(LIVE_MONTHS_AFTER_END);
        CaseRegisterService.pages(cases, filter).forEachRemaining(facts -> {
            if (facts.data().s47EndDate() != null && facts.data().s47EndDate().isBefore(liveSince)) {
                return;
            }
            for (MeasureResult result : CaseTimescales.evaluate(evaluator, facts.data(), today).results()) {
                boolean overdue = result.status() == MeasureStatus.OVERDUE;
                // a pending measure whose due date cannot be worked out yet (its start is not recorded) is not due soon
                boolean dueSoon = result.status() == MeasureStatus.PENDING && result.dueDate() != null
                        && !result.dueDate().isAfter(horizon);
                if (overdue || dueSoon) {
                    int left = overdue ? -result.workingDaysLate()
                            : calendar.workingDaysBetween(today, result.dueDate()).workingDays();
                    deadlines.add(new Deadline(facts.id(), facts.data().caseReference(), facts.data().team(),
                            result.measure(), result.status(), result.dueDate(), left, result.explanation()));
                }
            }
        });
        deadlines.sort(Comparator.comparingInt(Deadline::workingDaysLeft).thenComparing(Deadline::dueDate)
                .thenComparing(Deadline::caseReference));
        return deadlines;
    }
}
