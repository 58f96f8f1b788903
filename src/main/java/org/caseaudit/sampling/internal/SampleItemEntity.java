package org.caseaudit.sampling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.caseaudit.sampling.DrawnItem;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SamplingException;
import org.hibernate.annotations.TenantId;

/** A drawn case. Rows are inserted in bulk by {@link SampleStore}; only status and assignment change later. */
@Entity
@Table(name = "sample_item")
public class SampleItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "sample_id", nullable = false, updatable = false)
    private long sampleId;

    @Column(name = "draw_order", nullable = false, updatable = false)
    private int drawOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DrawnItem.Kind kind;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_reference", nullable = false, length = 120, updatable = false)
    private String caseReference;

    @Column(nullable = false, length = 120, updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SampleItemInfo.Status status;

    @Column(name = "replaces_item_id")
    private Long replacesItemId;

    @Column(length = 500)
    private String reason;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(length = 64)
    private String auditor;

    @Column(length = 64)
    private String moderator;

    @Version
    private long version;

    protected SampleItemEntity() {
    }

    public void exclude(String why, String who, Instant when) {
        if (!isActive()) {
            throw new SamplingException("item", caseReference + " is not in the sample (" + status.label()
                    .toLowerCase() + ")");
        }
        this.status = SampleItemInfo.Status.EXCLUDED;
        this.reason = why;
        this.changedBy = who;
        this.changedAt = when;
    }

    public void bringIn(long replacedItemId, String why, String who, Instant when) {
        if (status != SampleItemInfo.Status.RESERVE) {
            throw new SamplingException("item", caseReference + " is not an unused reserve");
        }
        this.status = SampleItemInfo.Status.REPLACEMENT;
        this.replacesItemId = replacedItemId;
        this.reason = why;
        this.changedBy = who;
        this.changedAt = when;
    }

    public void assign(String auditor, String moderator) {
        this.auditor = auditor;
        this.moderator = moderator;
    }

    public boolean isActive() {
        return status == SampleItemInfo.Status.SELECTED || status == SampleItemInfo.Status.REPLACEMENT;
    }

    public Long getId() { return id; }
    public long getSampleId() { return sampleId; }
    public int getDrawOrder() { return drawOrder; }
    public DrawnItem.Kind getKind() { return kind; }
    public long getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public String getTeam() { return team; }
    public SampleItemInfo.Status getStatus() { return status; }
    public Long getReplacesItemId() { return replacesItemId; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public String getAuditor() { return auditor; }
    public String getModerator() { return moderator; }
    public long getVersion() { return version; }
}
