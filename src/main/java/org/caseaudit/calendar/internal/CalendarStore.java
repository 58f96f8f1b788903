package org.caseaudit.calendar.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.CalendarVersionInfo;
import org.caseaudit.calendar.EnglandAndWalesHolidayRules;
import org.caseaudit.calendar.HolidayRules;
import org.caseaudit.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds {@link WorkingDayCalendar}s from the table. Versions never change once written, so each is built
 * once and kept; finding the newest costs one small query, which also lets several application instances
 * see each other's changes.
 */
@Component
public class CalendarStore {

    /** Used before anything has been seeded: no table years, rules only. */
    public static final long NO_TABLE_VERSION = 0;

    private final CalendarVersionRepository versions;
    private final BankHolidayRepository holidays;
    private final HolidayRules rules = new EnglandAndWalesHolidayRules();
    private final Map<Long, WorkingDayCalendar> built = new ConcurrentHashMap<>();

    CalendarStore(CalendarVersionRepository versions, BankHolidayRepository holidays) {
        this.versions = versions;
        this.holidays = holidays;
    }

    public HolidayRules rules() {
        return rules;
    }

    @Transactional(readOnly = true)
    public WorkingDayCalendar newest() {
        long newest = versions.newestVersionNo().orElse(NO_TABLE_VERSION);
        return version(newest).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<WorkingDayCalendar> version(long versionNo) {
        WorkingDayCalendar cached = built.get(versionNo);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (versionNo == NO_TABLE_VERSION) {
            return Optional.of(built.computeIfAbsent(versionNo, v -> new WorkingDayCalendar(v, List.of(), rules)));
        }
        return versions.findByVersionNo(versionNo).map(entity -> built.computeIfAbsent(versionNo,
                v -> new WorkingDayCalendar(v, holidaysOf(entity), rules)));
    }

    @Transactional(readOnly = true)
    public List<BankHoliday> holidaysOf(CalendarVersionEntity version) {
        return holidays.findByVersionIdOrderByDate(version.getId()).stream().map(BankHolidayEntity::toRecord).toList();
    }

    public static CalendarVersionInfo info(CalendarVersionEntity e) {
        return new CalendarVersionInfo(e.getVersionNo(), e.getChangeType(), e.getDescription(), e.getSourceName(),
                e.getHolidayCount(), e.getCreatedAt(), e.getCreatedBy());
    }
}
