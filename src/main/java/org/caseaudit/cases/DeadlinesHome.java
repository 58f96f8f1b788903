package org.caseaudit.cases;

import java.util.List;
import java.util.Set;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The audit lead's view of the deadline monitor: how many live timescales are overdue or due within 5 working days. */
@Component
@Order(15)
class DeadlinesHome implements HomeSection {

    static final int WITHIN_WORKING_DAYS = 5;

    private final DeadlineMonitorService monitor;

    DeadlinesHome(DeadlineMonitorService monitor) {
        this.monitor = monitor;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.AUDIT_LEAD);
    }

    @Override
    public String title() {
        return "Statutory timescales";
    }

    @Override
    public List<HomeItem> items() {
        List<Deadline> deadlines = monitor.deadlines(WITHIN_WORKING_DAYS, null);
        long overdue = deadlines.stream().filter(d -> d.status() == MeasureStatus.OVERDUE).count();
        long soon = deadlines.size() - overdue;
        if (deadlines.isEmpty()) {
            return List.of();
        }
        return List.of(new HomeItem("deadlines", "The deadline monitor shows " + overdue + " timescales overdue and "
                + soon + " due within " + WITHIN_WORKING_DAYS + " working days in live cases.",
                "Open the deadline monitor",
                "cases/deadlines"));
    }
}
