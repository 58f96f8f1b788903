package org.caseaudit.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.caseaudit.cases.IntegrationAccount;
import org.hibernate.annotations.TenantId;

/** An integration account: only the SHA-256 of its bearer token is stored, plus a short hint to recognise it. */
@Entity
@Table(name = "case_integration_token")
public class IntegrationTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;
    private String name;
    private String tokenHash;
    private String tokenHint;
    private String createdBy;
    private LocalDateTime createdAt;
    private String revokedBy;
    private LocalDateTime revokedAt;
    private LocalDateTime lastUsedAt;
    private LocalDateTime expiresAt;
    private String scopes;
    @Version
    private long version;

    protected IntegrationTokenEntity() {
    }

    public IntegrationTokenEntity(String name, String tokenHash, String tokenHint, String createdBy, LocalDateTime now,
                                  LocalDateTime expiresAt, java.util.Set<org.caseaudit.cases.IntegrationScope> scopes) {
        this.expiresAt = expiresAt;
        this.scopes = scopes.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String getName() { return name; }
    public boolean isRevoked() { return revokedAt != null; }

    public void revoke(String user, LocalDateTime now) {
        if (revokedAt != null) {
            throw new IllegalStateException("Integration account '" + name + "' is already revoked.");
        }
        revokedBy = user;
        revokedAt = now;
    }

    public void used(LocalDateTime now) {
        lastUsedAt = now;
    }

    public IntegrationAccount toRecord() {
        java.util.Set<org.caseaudit.cases.IntegrationScope> parsed = java.util.EnumSet.noneOf(org.caseaudit.cases.IntegrationScope.class);
        for (String s : scopes.split(",")) {
            if (!s.isBlank()) {
                parsed.add(org.caseaudit.cases.IntegrationScope.valueOf(s.strip()));
            }
        }
        return new IntegrationAccount(id, name, tokenHint, createdBy, createdAt, revokedBy, revokedAt, lastUsedAt,
                expiresAt, parsed);
    }
}
