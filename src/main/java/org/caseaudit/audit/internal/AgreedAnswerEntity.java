package org.caseaudit.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The final answer agreed after moderation, with the reason and who agreed it. */
@Entity
@Table(name = "audit_agreed_answer")
public class AgreedAnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "case_audit_id", nullable = false, updatable = false)
    private long caseAuditId;

    @Column(name = "question_key", nullable = false, updatable = false, length = 100)
    private String questionKey;

    @Column(name = "answer_value", columnDefinition = "text")
    private String value;

    @Column(nullable = false, columnDefinition = "text")
    private String reason;

    @Column(name = "agreed_by", nullable = false, length = 100)
    private String agreedBy;

    @Column(name = "agreed_at", nullable = false)
    private Instant agreedAt;

    @Version
    private long version;

    protected AgreedAnswerEntity() {
    }

    public AgreedAnswerEntity(long caseAuditId, String questionKey) {
        this.caseAuditId = caseAuditId;
        this.questionKey = questionKey;
    }

    public void agree(String value, String reason, String by, Instant at) {
        this.value = value;
        this.reason = reason;
        this.agreedBy = by;
        this.agreedAt = at;
    }

    public long getCaseAuditId() { return caseAuditId; }
    public String getQuestionKey() { return questionKey; }
    public String getValue() { return value; }
    public String getReason() { return reason; }
    public String getAgreedBy() { return agreedBy; }
    public Instant getAgreedAt() { return agreedAt; }
}
