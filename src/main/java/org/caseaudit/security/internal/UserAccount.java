package org.caseaudit.security.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.caseaudit.security.Role;
import org.caseaudit.security.Usernames;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "app_user")
@EntityListeners(JoinCurrentCouncil.class)
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    /** {@link Usernames#normalise} of the username: what sign-in and uniqueness compare. */
    @Column(name = "username_key", nullable = false, unique = true, length = 64)
    private String usernameKey;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(length = 100)
    private String team;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** Set by an administrator's reset: the next sign-in must choose a new password before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** The two-factor secret (Base32), once the user has confirmed it with a code; null without two-factor. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The time step of the last code accepted: a code is never accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** The registration id of the identity provider this user signs in with; null for a local account. */
    @Column(name = "identity_provider", length = 64)
    private String identityProvider;

    /** The provider's subject ("sub") of this user, bound at their first sign-in with it. */
    @Column(name = "provider_subject", length = 255)
    private String providerSubject;

    // loaded for up to 100 accounts of a list in one statement, not one statement per account (N+1)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The councils this user works in (decision 0012); a new account joins the creator's council. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_council", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "council_id")
    private Set<Long> councils = new TreeSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.usernameKey = Usernames.normalise(username);
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    public Set<Long> getCouncils() {
        return Collections.unmodifiableSet(councils);
    }

    public void joinCouncil(long councilId) {
        councils.add(councilId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePassword(String passwordHash, Instant when) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = when;
        this.passwordChangeRequired = false;
    }

    /** An administrator's reset: a one-time password the user must replace at the next sign-in. */
    public void resetPassword(String passwordHash, Instant when) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = when;
        this.passwordChangeRequired = true;
    }

    /** An initial password an administrator chose: the user must replace it at the first sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public void enableTotp(String secret, long confirmedStep, Instant when) {
        this.totpSecret = secret;
        this.totpLastStep = confirmedStep;
        this.totpEnabledAt = when;
    }

    public void totpUsed(long step) {
        this.totpLastStep = step;
    }

    public void disableTotp() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnabledAt = null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public String getIdentityProvider() {
        return identityProvider;
    }

    public String getProviderSubject() {
        return providerSubject;
    }

    /** Makes this a provider account (no local password, no local two-factor); the subject may follow later. */
    public void signsInWith(String identityProvider, String providerSubject) {
        this.identityProvider = identityProvider;
        this.providerSubject = providerSubject;
        disableTotp();
    }

    public long getVersion() {
        return version;
    }
}
