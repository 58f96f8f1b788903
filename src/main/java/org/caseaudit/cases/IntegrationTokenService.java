package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.caseaudit.cases.internal.IntegrationTokenEntity;
import org.caseaudit.cases.internal.IntegrationTokenRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.Sha256;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integration accounts for the HTTP API. A token is 256 random bits, shown once at creation; only its SHA-256
 * is stored (a fast hash is enough for random secrets of this length, unlike passwords).
 */
@Service
public class IntegrationTokenService {

    public record CreatedToken(IntegrationAccount account, String token) {
    }

    /** Who a valid token belongs to and what it may do. */
    public record Authenticated(String name, Set<IntegrationScope> scopes) {
    }

    /** A token lives at most this long; the default is a year. */
    public static final int MAX_DAYS = 730;
    public static final int DEFAULT_DAYS = 365;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IntegrationTokenRepository tokens;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    public IntegrationTokenService(IntegrationTokenRepository tokens, ApplicationEventPublisher auditTrail,
            CurrentUser currentUser,
                                   Clock clock) {
        this.tokens = tokens;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A token with both scopes that expires in a year. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CreatedToken create(String name) {
        return create(name, EnumSet.allOf(IntegrationScope.class), today().plusDays(DEFAULT_DAYS));
    }

    /** A token for the given scopes, valid until the start of {@code expiresOn} (UTC), at most two years ahead. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CreatedToken create(String name, Set<IntegrationScope> scopes, LocalDate expiresOn) {
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("Choose what the token may do: import, export or both.");
        }
        LocalDate today = today();
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException("Expiry date must be after today and at most " + MAX_DAYS
                    + " days ahead.");
        }
        String n = name == null ? "" : name.trim();
        if (!n.matches("[A-Za-z0-9._-]{3,80}")) {
            throw new IllegalArgumentException("Name must be 3-80 letters, digits, '.', '_' or '-'.");
        }
        if (tokens.existsByNameIgnoreCase(n)) {
            throw new IllegalArgumentException("An integration account named '" + n + "' already exists.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "cat_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        IntegrationTokenEntity saved = tokens.save(new IntegrationTokenEntity(n, hash(token), token.substring(0, 8),
                currentUser.usernameOrSystem(), LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC),
                expiresOn.atStartOfDay(), EnumSet.copyOf(scopes)));
        IntegrationAccount account = saved.toRecord();
        auditTrail.publishEvent(new CaseTrail.TokenCreated(account.id(), n, account.scopeText(), expiresOn));
        return new CreatedToken(saved.toRecord(), token);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void revoke(long id) {
        IntegrationTokenEntity e = tokens.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("Integration account " + id + " no longer exists."));
        e.revoke(currentUser.usernameOrSystem(), LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        auditTrail.publishEvent(new CaseTrail.TokenRevoked(id, e.getName()));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<IntegrationAccount> list() {
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(IntegrationTokenEntity::toRecord).toList();
    }

    /**
     * The council a token belongs to, looked up across councils (before anyone is authenticated): the API call then
     * runs as that council ({@code CouncilScope}), and {@link #authenticate} finds the token only there.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Long> councilOf(String token) {
        if (token == null || !token.startsWith("cat_") || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.councilOfTokenHash(hash(token));
    }

    /**
     * The account name for an active token. Called by the API's authentication filter before anyone is
     * authenticated, hence no role check: declared open explicitly so the service access matrix shows it.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Authenticated> authenticate(String token) {
        if (token == null || !token.startsWith("cat_") || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        return tokens.findByTokenHash(hash(token)).filter(e -> !e.isRevoked())
                .filter(e -> !e.toRecord().expired(now)).map(e -> {
                    e.used(now);
                    return new Authenticated(e.getName(), e.toRecord().scopes());
                });
    }

    /** Now in UTC, the time the token table keeps (the integration-accounts list shows expiry against it). */
    @RolesAllowed(Roles.ADMIN)
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private LocalDate today() {
        return LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).toLocalDate();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
