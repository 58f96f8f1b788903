package org.caseaudit.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.caseaudit.cases.ImportCounts;
import org.caseaudit.cases.ImportRecord;
import org.caseaudit.cases.ImportStatus;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** The record of one import, written by {@link ImportEngine} with JDBC; read here. */
@Entity
@Immutable
@Table(name = "case_import")
public class CaseImportEntity {

    @Id
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;
    private LocalDateTime startedAt;
    private LocalDateTime finishedAt;
    private String username;
    private String channel;
    private String fileName;
    private String sha256;
    private long sizeBytes;
    private String profileName;
    private String source;
    private String status;
    private int rowsRead;
    private int createdCount;
    private int updatedCount;
    private int unchangedCount;
    private int rejectedCount;
    private int problemCount;
    private String message;

    protected CaseImportEntity() {
    }

    public ImportRecord toRecord() {
        return new ImportRecord(id, startedAt, finishedAt, username, channel, fileName, sha256, sizeBytes, profileName,
                source, "RUNNING".equals(status) ? null : ImportStatus.valueOf(status),
                new ImportCounts(rowsRead, createdCount, updatedCount, unchangedCount, rejectedCount), problemCount,
                message);
    }
}
