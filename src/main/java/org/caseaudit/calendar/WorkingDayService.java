package org.caseaudit.calendar;

import java.time.LocalDate;
import org.caseaudit.calendar.internal.CalendarStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working-day arithmetic with the newest holiday-table version. For many computations in a row (a register,
 * a monitor) take {@link #currentCalendar()} once and use it, so all results carry the same version.
 */
@Service
public class WorkingDayService {

    private final CalendarStore store;

    WorkingDayService(CalendarStore store) {
        this.store = store;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkingDayCalendar currentCalendar() {
        return store.newest();
    }

    /** An older version, to recompute a result exactly as it was first computed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkingDayCalendar calendar(long version) {
        return store.version(version)
                .orElseThrow(() -> new IllegalArgumentException("There is no calendar version " + version));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkingDaysResult addWorkingDays(LocalDate start, int workingDays) {
        return store.newest().addWorkingDays(start, workingDays);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkingDaysResult workingDaysBetween(LocalDate start, LocalDate end) {
        return store.newest().workingDaysBetween(start, end);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DayCheck isWorkingDay(LocalDate date) {
        return store.newest().isWorkingDay(date);
    }
}
