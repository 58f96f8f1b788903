package org.caseaudit.findings.internal;

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
import java.util.Arrays;
import java.util.List;
import org.caseaudit.findings.ActionStatus;
import org.hibernate.annotations.TenantId;

/** One action of the action plan; optimistic locking by {@code version}. Overdue and RAG are computed, not stored. */
@Entity
@Table(name = "action_item")
public class ActionItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "source_cycle_id", updatable = false)
    private Long sourceCycleId;

    @Column(name = "template_id", length = 100, updatable = false)
    private String templateId;

    @Column(length = 100, updatable = false)
    private String theme;

    @Column(name = "question_ids", length = 1000)
    private String questionIds;

    @Column(nullable = false, columnDefinition = "text")
    private String issue;

    @Column(name = "action_text", nullable = false, columnDefinition = "text")
    private String actionText;

    @Column(name = "owner_username", length = 100)
    private String ownerUsername;

    @Column(name = "owner_name", length = 200)
    private String ownerName;

    @Column(name = "delivery_group_id")
    private Long deliveryGroupId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status;

    @Column(columnDefinition = "text")
    private String evidence;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_by", length = 100)
    private String completedBy;

    @Column(name = "reaudit_cycle_id")
    private Long reauditCycleId;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ActionItemEntity() {
    }

    public ActionItemEntity(Long sourceCycleId, String templateId, String theme, List<String> questionIds,
            String createdBy, Instant createdAt) {
        this.sourceCycleId = sourceCycleId;
        this.templateId = templateId;
        this.theme = theme;
        this.questionIds = questionIds == null || questionIds.isEmpty() ? null : String.join(",", questionIds);
        this.status = ActionStatus.NOT_STARTED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    public void describe(String issue, String actionText, String ownerUsername, String ownerName, LocalDate dueDate,
            ActionStatus status) {
        this.issue = issue;
        this.actionText = actionText;
        this.ownerUsername = ownerUsername;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.status = status;
    }

    public void ownedByGroup(Long deliveryGroupId) {
        this.deliveryGroupId = deliveryGroupId;
    }

    public void complete(String evidence, LocalDate on, String by) {
        this.status = ActionStatus.COMPLETE;
        this.evidence = evidence;
        this.completedOn = on;
        this.completedBy = by;
    }

    public void linkReAudit(long cycleId) {
        this.reauditCycleId = cycleId;
    }

    public void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getSourceCycleId() { return sourceCycleId; }
    public String getTemplateId() { return templateId; }
    public String getTheme() { return theme; }
    public List<String> getQuestionIds() {
        return questionIds == null ? List.of() : Arrays.stream(questionIds.split(",")).filter(
                s -> !s.isBlank()).toList();
    }
    public String getIssue() { return issue; }
    public String getActionText() { return actionText; }
    public String getOwnerUsername() { return ownerUsername; }
    public String getOwnerName() { return ownerName; }
    public Long getDeliveryGroupId() { return deliveryGroupId; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public String getEvidence() { return evidence; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getCompletedBy() { return completedBy; }
    public Long getReauditCycleId() { return reauditCycleId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
