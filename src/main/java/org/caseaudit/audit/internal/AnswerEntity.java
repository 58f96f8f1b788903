package org.caseaudit.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.caseaudit.audit.AnswerState;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One question's answer in one audit, with its own version: autosaves of different questions never clash, two saves
 * of the same question do. Mapped for creating answers and reading them; it is never updated through Hibernate
 * ({@link Immutable}): every save goes through {@link AnswerStore}, whose UPDATE also takes the audit's shared lock and
 * checks its status. audit_answer is system-versioned (migration V15): the server keeps every committed version.
 */
@Entity
@Table(name = "audit_answer")
@Immutable
public class AnswerEntity {

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

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "answer_value", columnDefinition = "text")
    private String value;

    @Column(name = "evidence_note", columnDefinition = "text")
    private String evidenceNote;

    @Column(name = "file_reference", length = 500)
    private String fileReference;

    @Column(length = 60, updatable = false)
    private String derivation;

    @Column(name = "derived_value", length = 200, updatable = false)
    private String derivedValue;

    @Column(name = "derived_provenance", length = 1000, updatable = false)
    private String derivedProvenance;

    @Column(name = "override_reason", columnDefinition = "text")
    private String overrideReason;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected AnswerEntity() {
    }

    public AnswerState state() {
        return new AnswerState(questionKey, value, evidenceNote, fileReference, derivation, derivedValue,
                derivedProvenance, overrideReason, version, updatedBy, updatedAt);
    }

    public Long getId() { return id; }
    public long getCaseAuditId() { return caseAuditId; }
    public String getQuestionKey() { return questionKey; }
    public String getValue() { return value; }
    public long getVersion() { return version; }
}
