package org.caseaudit.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.caseaudit.calendar.CalendarChangeType;
import java.time.Instant;

/** One version of the bank-holiday table; written once, never changed. */
@Entity
@Table(name = "calendar_version")
public class CalendarVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no", nullable = false, unique = true, updatable = false)
    private long versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 20, updatable = false)
    private CalendarChangeType changeType;

    @Column(nullable = false, length = 1000, updatable = false)
    private String description;

    @Column(name = "source_name", length = 255, updatable = false)
    private String sourceName;

    @Column(name = "source_sha256", length = 64, updatable = false)
    private String sourceSha256;

    @Column(name = "holiday_count", nullable = false, updatable = false)
    private int holidayCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected CalendarVersionEntity() {
    }

    public CalendarVersionEntity(long versionNo, CalendarChangeType changeType, String description, String sourceName,
            String sourceSha256, int holidayCount, Instant createdAt, String createdBy) {
        this.versionNo = versionNo;
        this.changeType = changeType;
        this.description = description.length() > 1000 ? description.substring(0, 997) + "..." : description;
        this.sourceName = sourceName == null || sourceName.length() <= 255 ? sourceName : sourceName.substring(0, 255);
        this.sourceSha256 = sourceSha256;
        this.holidayCount = holidayCount;
        this.createdAt = createdAt;
        this.createdBy = createdBy.length() > 64 ? createdBy.substring(0, 64) : createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getVersionNo() {
        return versionNo;
    }

    public CalendarChangeType getChangeType() {
        return changeType;
    }

    public String getDescription() {
        return description;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceSha256() {
        return sourceSha256;
    }

    public int getHolidayCount() {
        return holidayCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
