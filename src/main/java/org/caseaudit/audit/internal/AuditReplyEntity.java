package org.caseaudit.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A team manager's reply to a shared audit, kept as written (the table refuses changes). */
@Entity
@Immutable
@Table(name = "audit_reply")
public class AuditReplyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "case_audit_id", nullable = false)
    private long caseAuditId;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "reply_text", nullable = false, length = 4000)
    private String text;

    protected AuditReplyEntity() {
    }

    public AuditReplyEntity(long caseAuditId, String author, Instant writtenAt, String text) {
        this.caseAuditId = caseAuditId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public Long getId() { return id; }
    public long getCaseAuditId() { return caseAuditId; }
    public String getAuthor() { return author; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getText() { return text; }
}
