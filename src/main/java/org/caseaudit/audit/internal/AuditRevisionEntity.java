package org.caseaudit.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * An Envers revision: one committing transaction that changed audits (and answers, before migration V15), with who
 * made it.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private Instant revisionAt;

    @Column(nullable = false, length = 100)
    private String username;

    public Long getId() { return id; }
    public Instant getRevisionAt() { return revisionAt; }
    public String getUsername() { return username; }

    void setUsername(String username) {
        this.username = username;
    }
}
