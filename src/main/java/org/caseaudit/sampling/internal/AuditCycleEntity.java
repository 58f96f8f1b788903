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
import java.time.LocalDate;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.SamplingException;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "audit_cycle")
public class AuditCycleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "template_key", length = 100)
    private String templateId;

    @Column(name = "template_version")
    private Integer templateVersion;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CycleStatus status;

    @Column(name = "frame_definition", nullable = false, columnDefinition = "LONGTEXT")
    private String frameDefinition;

    @Column(name = "sample_design", nullable = false, columnDefinition = "LONGTEXT")
    private String sampleDesign;

    @Column(name = "moderation_percent", nullable = false)
    private int moderationPercent;

    @Column(name = "blind_moderation", nullable = false)
    private boolean blindModeration = true;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AuditCycleEntity() {
    }

    public AuditCycleEntity(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
        this.status = CycleStatus.PLANNED;
    }

    public void describe(String name, String templateId, Integer templateVersion, LocalDate periodStart,
                         LocalDate periodEnd, LocalDate dueDate, String frameJson, String designJson,
                         int moderationPercent, boolean blindModeration) {
        this.name = name;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.dueDate = dueDate;
        this.frameDefinition = frameJson;
        this.sampleDesign = designJson;
        this.moderationPercent = moderationPercent;
        this.blindModeration = blindModeration;
    }

    public void touched(String who, Instant when) {
        this.updatedBy = who;
        this.updatedAt = when;
    }

    /** Moves forward only: planned, sampling, in progress, moderation, complete (a redraw may repeat sampling). */
    public void moveTo(CycleStatus next) {
        if (!status.mayMoveTo(next)) {
            throw new SamplingException("status", "A cycle cannot go from " + status.label() + " to " + next.label());
        }
        this.status = next;
    }

    /** Back to planned when a draft sample is discarded because the frame or design changed. */
    public void backToPlanned() {
        if (status != CycleStatus.SAMPLING && status != CycleStatus.PLANNED) {
            throw new SamplingException("status", "A cycle " + status.label().toLowerCase()
                    + " cannot go back to planning");
        }
        this.status = CycleStatus.PLANNED;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getTemplateId() { return templateId; }
    public Integer getTemplateVersion() { return templateVersion; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public LocalDate getDueDate() { return dueDate; }
    public CycleStatus getStatus() { return status; }
    public String getFrameDefinition() { return frameDefinition; }
    public String getSampleDesign() { return sampleDesign; }
    public int getModerationPercent() { return moderationPercent; }
    public boolean isBlindModeration() { return blindModeration; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
