package org.caseaudit.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A finished audit shared with a team manager for feedback. */
@Entity
@Table(name = "audit_share")
public class AuditShareEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "case_audit_id", nullable = false, updatable = false)
    private long caseAuditId;

    @Column(name = "team_manager", nullable = false, updatable = false, length = 100)
    private String teamManager;

    @Column(length = 2000, updatable = false)
    private String message;

    @Column(name = "shared_by", nullable = false, updatable = false, length = 100)
    private String sharedBy;

    @Column(name = "shared_at", nullable = false, updatable = false)
    private Instant sharedAt;

    protected AuditShareEntity() {
    }

    public AuditShareEntity(long caseAuditId, String teamManager, String message, String sharedBy, Instant sharedAt) {
        this.caseAuditId = caseAuditId;
        this.teamManager = teamManager;
        this.message = message;
        this.sharedBy = sharedBy;
        this.sharedAt = sharedAt;
    }

    public Long getId() { return id; }
    public long getCaseAuditId() { return caseAuditId; }
    public String getTeamManager() { return teamManager; }
    public String getMessage() { return message; }
    public String getSharedBy() { return sharedBy; }
    public Instant getSharedAt() { return sharedAt; }
}
