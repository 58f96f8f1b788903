package org.caseaudit.audit.internal;

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
import java.util.List;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.MissingItem;
import org.caseaudit.audit.SubmitRefusedException;
import org.caseaudit.templates.AnswerScale;
import org.hibernate.annotations.TenantId;

/**
 * One audit of one case (or its moderation). Guards its own transitions: answers only while in progress, submit only
 * when nothing is missing, reopen only with a reason, moderated only once submitted. Who may do each is checked by
 * the service; this class knows what the state allows.
 */
@Entity
@Table(name = "case_audit")
public class CaseAuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "case_reference", nullable = false, updatable = false, length = 100)
    private String caseReference;

    @Column(name = "template_key", nullable = false, updatable = false, length = 100)
    private String templateKey;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AuditKind kind;

    @Column(name = "moderates_audit_id", updatable = false)
    private Long moderatesAuditId;

    @Column(nullable = false, updatable = false)
    private boolean blind;

    @Column(nullable = false, updatable = false, length = 100)
    private String auditor;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditStatus status;

    @Column(name = "overall_grade", length = 60)
    private String overallGrade;

    @Column(name = "grade_rationale", columnDefinition = "text")
    private String gradeRationale;

    @Column(columnDefinition = "text")
    private String strengths;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by", length = 100)
    private String reopenedBy;

    @Column(name = "reopen_reason", columnDefinition = "text")
    private String reopenReason;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Version
    private long version;

    protected CaseAuditEntity() {
    }

    public CaseAuditEntity(long cycleId, long caseId, String caseReference, String templateKey, int templateVersion,
            AuditKind kind, Long moderatesAuditId, boolean blind, String auditor, LocalDate dueDate,
            Instant createdAt) {
        this.cycleId = cycleId;
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.templateKey = templateKey;
        this.templateVersion = templateVersion;
        this.kind = kind;
        this.moderatesAuditId = moderatesAuditId;
        this.blind = blind;
        this.auditor = auditor;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
        this.status = AuditStatus.NOT_STARTED;
    }

    /** Starts the audit; returns false when it had already started. */
    public boolean start(Instant now) {
        if (status != AuditStatus.NOT_STARTED) {
            return false;
        }
        status = AuditStatus.IN_PROGRESS;
        startedAt = now;
        return true;
    }

    public void checkAnswerable() {
        checkAnswerable(status);
    }

    /** Answers change only while the audit is in progress (the answer's UPDATE checks this again, see AnswerStore). */
    public static void checkAnswerable(AuditStatus status) {
        switch (status) {
            case IN_PROGRESS -> { }
            case NOT_STARTED -> throw new AuditStateException(
                    "This audit has not started: its auditor starts it with a first answer");
            default -> throw new AuditStateException("This audit is " + status.label().toLowerCase()
                    + " and can no longer be changed; the audit lead can reopen it");
        }
    }

    public void grade(String grade, String rationale, String strengths) {
        checkAnswerable();
        if (grade != null && !AnswerScale.OFSTED_GRADE.options().contains(grade)) {
            throw new AuditStateException("Not an Ofsted grade: " + grade);
        }
        this.overallGrade = grade;
        this.gradeRationale = rationale;
        this.strengths = strengths;
    }

    /** Submits when nothing is missing; otherwise refuses, naming what is. */
    public void submit(List<MissingItem> missing, Instant now) {
        checkAnswerable();
        if (!missing.isEmpty()) {
            throw new SubmitRefusedException(missing);
        }
        status = AuditStatus.SUBMITTED;
        submittedAt = now;
    }

    public void reopen(String by, String reason, Instant now) {
        if (status != AuditStatus.SUBMITTED && status != AuditStatus.MODERATED) {
            throw new AuditStateException("Only a submitted or moderated audit can be reopened; this one is "
                    + status.label().toLowerCase());
        }
        if (reason == null || reason.isBlank()) {
            throw new AuditStateException("Give a reason for reopening the audit");
        }
        status = AuditStatus.IN_PROGRESS;
        reopenedAt = now;
        reopenedBy = by;
        reopenReason = reason.strip();
    }

    public void markModerated(Instant now) {
        if (kind != AuditKind.AUDIT || status != AuditStatus.SUBMITTED) {
            throw new AuditStateException("Only a submitted audit can be marked moderated");
        }
        status = AuditStatus.MODERATED;
        moderatedAt = now;
    }

    public void close() {
        if (status != AuditStatus.SUBMITTED && status != AuditStatus.MODERATED) {
            throw new AuditStateException("Only a submitted or moderated audit can be closed");
        }
        status = AuditStatus.CLOSED;
    }

    public boolean isSubmitted() {
        return status == AuditStatus.SUBMITTED || status == AuditStatus.MODERATED || status == AuditStatus.CLOSED;
    }

    public Long getId() { return id; }
    public long getCycleId() { return cycleId; }
    public long getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public String getTemplateKey() { return templateKey; }
    public int getTemplateVersion() { return templateVersion; }
    public AuditKind getKind() { return kind; }
    public Long getModeratesAuditId() { return moderatesAuditId; }
    public boolean isBlind() { return blind; }
    public String getAuditor() { return auditor; }
    public LocalDate getDueDate() { return dueDate; }
    public AuditStatus getStatus() { return status; }
    public String getOverallGrade() { return overallGrade; }
    public String getGradeRationale() { return gradeRationale; }
    public String getStrengths() { return strengths; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReopenedAt() { return reopenedAt; }
    public String getReopenedBy() { return reopenedBy; }
    public String getReopenReason() { return reopenReason; }
    public Instant getModeratedAt() { return moderatedAt; }
    public long getVersion() { return version; }
}
