package org.caseaudit.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.caseaudit.audit.AnswerState;
import org.hibernate.annotations.SQLUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.jdbc.Expectation;

/**
 * One question's answer in one audit, with its own version: autosaves of different questions never clash, two saves
 * of the same question do. Envers keeps every committed change in audit_answer_history.
 * <p>
 * The UPDATE is Hibernate's own (same columns, same order, same version check) joined to the answer's audit: it
 * changes the row only while the audit is in progress, and InnoDB reads the joined audit row of a multi-table UPDATE
 * with a shared lock, held to commit. So one statement takes the audit's shared lock (saves of one audit run side by
 * side; a submission's exclusive lock waits for them and they for it), checks its status and checks the answer's
 * version. No row updated means a concurrent save or a transition came first: the service tells which. Keep the
 * SET list in Hibernate's order (updatable columns by attribute name, then version) if a column is added, and keep
 * {@code verify = RowCount}: Hibernate does not check the row count of custom SQL by default, and without it a save
 * that lost the race would "succeed" unseen (AnswerConcurrencyTest catches that).
 */
@Entity
@Table(name = "audit_answer")
@Audited
@SQLUpdate(sql = """
        UPDATE audit_answer ans JOIN case_audit a ON a.id = ans.case_audit_id
        SET ans.evidence_note = ?, ans.file_reference = ?, ans.override_reason = ?, ans.updated_at = ?,
            ans.updated_by = ?, ans.answer_value = ?, ans.version = ?
        WHERE ans.id = ? AND ans.version = ? AND a.status = 'IN_PROGRESS'""", verify = Expectation.RowCount.class)
public class AnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public AnswerEntity(long caseAuditId, String questionKey, int position, String derivation, String derivedValue,
            String derivedProvenance) {
        this.caseAuditId = caseAuditId;
        this.questionKey = questionKey;
        this.position = position;
        this.derivation = derivation;
        this.derivedValue = derivedValue;
        this.derivedProvenance = truncate(derivedProvenance, 1000);
    }

    /** Applies one save; returns false (and changes nothing) when it carries nothing new. */
    public boolean change(String value, String note, String fileReference, String overrideReason, String by,
            Instant now) {
        String v = emptyToNull(value);
        String n = emptyToNull(note);
        String f = emptyToNull(fileReference);
        String r = emptyToNull(overrideReason);
        if (Objects.equals(v, this.value) && Objects.equals(n, evidenceNote) && Objects.equals(f, this.fileReference)
                && Objects.equals(r, this.overrideReason)) {
            return false;
        }
        this.value = v;
        this.evidenceNote = n;
        this.fileReference = f;
        this.overrideReason = r;
        this.updatedBy = by;
        this.updatedAt = now;
        return true;
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

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
