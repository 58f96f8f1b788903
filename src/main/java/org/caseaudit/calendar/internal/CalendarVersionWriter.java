package org.caseaudit.calendar.internal;

import java.time.Clock;
import java.util.List;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.CalendarChangeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a complete new version (all its dates) inside the caller's transaction. */
@Component
public class CalendarVersionWriter {

    private final CalendarVersionRepository versions;
    private final BankHolidayRepository holidays;
    private final Clock clock;

    CalendarVersionWriter(CalendarVersionRepository versions, BankHolidayRepository holidays, Clock clock) {
        this.versions = versions;
        this.holidays = holidays;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CalendarVersionEntity write(long versionNo, CalendarChangeType type, String description, String sourceName,
            String sourceSha256, List<BankHoliday> dates, String createdBy) {
        CalendarVersionEntity version = versions.saveAndFlush(new CalendarVersionEntity(versionNo, type, description,
                sourceName, sourceSha256, dates.size(), clock.instant(), createdBy));
        holidays.saveAll(dates.stream().sorted().map(d -> new BankHolidayEntity(version.getId(), d)).toList());
        holidays.flush();
        return version;
    }
}
