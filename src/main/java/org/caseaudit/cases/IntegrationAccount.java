package org.caseaudit.cases;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An administrator-created account for a council's scheduled job; the token itself is shown once, never stored. It
 * works until {@code expiresAt} (UTC) and only for its scopes.
 */
public record IntegrationAccount(Long id, String name, String tokenHint, String createdBy, LocalDateTime createdAt,
                                 String revokedBy, LocalDateTime revokedAt, LocalDateTime lastUsedAt,
                                 LocalDateTime expiresAt, Set<IntegrationScope> scopes) {

    public IntegrationAccount {
        scopes = Set.copyOf(scopes);
    }

    public boolean active() {
        return revokedAt == null;
    }

    public boolean expired(LocalDateTime nowUtc) {
        return expiresAt != null && !nowUtc.isBefore(expiresAt);
    }

    /** "active", "revoked" or "expired", as the integration-accounts list shows it. */
    public String status(LocalDateTime nowUtc) {
        return !active() ? "revoked" : expired(nowUtc) ? "expired" : "active";
    }

    /** The scopes in plain words, e.g. "import, export". */
    public String scopeText() {
        return scopes.stream().sorted().map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
