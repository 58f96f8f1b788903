package org.caseaudit.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.caseaudit.calendar.BankHoliday;

/** One date of one calendar version; written once with its version, never changed. */
@Entity
@Table(name = "calendar_bank_holiday")
public class BankHolidayEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    protected BankHolidayEntity() {
    }

    public BankHolidayEntity(Long versionId, BankHoliday holiday) {
        this.versionId = versionId;
        this.date = holiday.date();
        this.title = holiday.title();
    }

    public BankHoliday toRecord() {
        return new BankHoliday(date, title);
    }

    public Long getVersionId() {
        return versionId;
    }

    public LocalDate getDate() {
        return date;
    }
}
