package org.caseaudit.cases.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.S47Outcome;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.TenantId;

/** A case as stored. Written only by the import ({@link CaseWriter}, batched JDBC); read here through JPA. */
@Entity
@Immutable
@Table(name = "case_record")
public class CaseRecordEntity {

    @Id
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;
    private String source;
    private String caseReference;
    private String childReference;
    private String team;
    private String socialWorker;
    private String teamManager;
    private LocalDate referralDate;
    private String referralSource;
    private LocalDate referralDecisionDate;
    @Column(name = "s47_start_date")
    private LocalDate s47StartDate;
    @Column(name = "s47_outcome")
    private String s47Outcome;
    @Column(name = "s47_end_date")
    private LocalDate s47EndDate;
    private LocalDate icpcDate;
    private LocalDate cfaStartDate;
    private LocalDate cfaCompletionDate;
    private LocalDate firstCoreGroupDate;
    private Boolean consentSought;
    private LocalDate consentSoughtDate;
    private Boolean sharedWithoutConsent;
    private LocalDate consentAuthorisedDate;
    private Boolean chronologyOnFile;
    private LocalDate chronologyUpdatedDate;
    private LocalDate managementOversightDate;
    private LocalDate referrerInformedDate;
    private Integer childrenInHousehold;
    private String contentHash;
    private Long lastImportId;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "case_strategy_discussion", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "seq")
    @ListIndexBase(1)
    @Column(name = "discussion_date")
    @BatchSize(size = 100)
    private List<LocalDate> strategyDiscussionDates = new ArrayList<>();

    protected CaseRecordEntity() {
    }

    public Long getId() { return id; }
    public String getSource() { return source; }
    public String getTeam() { return team; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public Long getLastImportId() { return lastImportId; }

    public CaseData toData() {
        return new CaseData(caseReference, childReference, team, socialWorker, teamManager, referralDate, referralSource,
                referralDecisionDate, List.copyOf(strategyDiscussionDates), s47StartDate,
                s47Outcome == null ? null : S47Outcome.valueOf(s47Outcome), s47EndDate, icpcDate, cfaStartDate,
                cfaCompletionDate, firstCoreGroupDate, consentSought, consentSoughtDate, sharedWithoutConsent,
                consentAuthorisedDate, chronologyOnFile, chronologyUpdatedDate, managementOversightDate,
                referrerInformedDate, childrenInHousehold);
    }
}
