package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The workbench side of a provider sign-in with pre-provisioned users only: a user an administrator created for the
 * provider is bound to the provider's subject at the first sign-in and gets the token's roles; nobody else gets in.
 * (Just-in-time creation and the token checks run end to end in IdentityProviderJourneyIT.)
 */
class ProviderSignInTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final AuditTrail trail = mock(AuditTrail.class);
    private final UserSessions sessions = mock(UserSessions.class);
    @SuppressWarnings("unchecked")
    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = mock(OAuth2UserService.class);
    private ProviderSignIn signIn;
    /** Council 1 has Scrutiny (alias "Panel Scrutiny") and an inactive Old Panel; council 2 has Southvale Panel. */
    private static final Map<Long, TeamDirectory> TEAMS = Map.of(
            1L, new TeamDirectory(List.of(new Team(1, 0, "Scrutiny", List.of("Panel Scrutiny"), List.of(), true),
                    new Team(2, 0, "Old Panel", List.of(), List.of(), false))),
            2L, new TeamDirectory(List.of(new Team(3, 0, "Southvale Panel", List.of(), List.of(), true))));

    @BeforeEach
    void setUp() {
        OidcSettings settings = new OidcSettings(Map.of("police", new OidcSettings.Provider("Police",
                "https://idp.police.example", "workbench", "secret", List.of("openid"), "preferred_username",
                List.of("roles", "groups"), "team", Map.of(Role.PANEL_VIEWER, List.of("Panel"),
                Role.AUDITOR, List.of("Auditor")))), OidcSettings.Provisioning.PRE_PROVISIONED, Duration.ofSeconds(60));
        PasswordEncoder encoder = mock(PasswordEncoder.class);
        when(encoder.encode(anyString())).thenReturn("{bcrypt}unusable");
        signIn = new ProviderSignIn(settings, provider, users, trail, sessions, encoder,
                Clock.fixed(NOW, ZoneOffset.UTC), mock(PlatformTransactionManager.class), TEAMS::get);
        when(users.findByIdentityProviderAndProviderSubject(anyString(), anyString())).thenReturn(Optional.empty());
        when(users.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    }

    private OidcUserRequest request(String subject, Map<String, Object> claims) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("police")
                .clientId("workbench").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://idp.police.example/authorize").tokenUri("https://idp.police.example/token")
                .build();
        OidcIdToken token = OidcIdToken.withTokenValue("token").subject(subject).issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(300)).claims(c -> c.putAll(claims)).build();
        OidcUserRequest request = mock(OidcUserRequest.class);
        when(request.getClientRegistration()).thenReturn(registration);
        when(provider.loadUser(request)).thenReturn(new DefaultOidcUser(List.of(), token));
        return request;
    }

    @Test
    void a_user_created_for_the_provider_is_bound_to_its_subject_and_gets_the_tokens_roles_and_team() {
        UserAccount account = patInCouncil1();

        OidcUser user = signIn.loadUser(request("sub-pat", Map.of("preferred_username", "Pat.Reid",
                "name", "Pat Reid", "roles", List.of("Panel"), "team", "Scrutiny")));

        assertThat(user.getName()).isEqualTo("pat.reid");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PANEL_VIEWER");
        assertThat(account.getProviderSubject()).isEqualTo("sub-pat");
        assertThat(account.getRoles()).containsExactly(Role.PANEL_VIEWER);
        assertThat(account.getTeam()).isEqualTo("Scrutiny");
        verify(trail).record(eq("pat.reid"), eq("USER_PROVIDER_BOUND"), eq("user"), eq("pat.reid"),
                contains("sub-pat"), any(), eq(AuditTrail.Outcome.SUCCESS), eq(1L));
        verify(trail).record(eq("pat.reid"), eq("USER_ROLES_CHANGED"), eq("user"), eq("pat.reid"),
                eq("by Police: roles [AUDITOR] -> [PANEL_VIEWER], team null -> Scrutiny"), any(),
                eq(AuditTrail.Outcome.SUCCESS), eq(1L));
        verify(sessions).endAll("pat.reid", "roles changed by Police");
    }

    private UserAccount patInCouncil1() {
        UserAccount account = new UserAccount("pat.reid", "Pat Reid", "{bcrypt}unusable", NOW);
        account.signsInWith("police", null);
        account.setRoles(Set.of(Role.AUDITOR));
        account.joinCouncil(1L);
        when(users.findByUsernameKey("pat.reid")).thenReturn(Optional.of(account));
        return account;
    }

    /**
     * Issue 25: a team claim follows the administrators' rule for a user's team (one of the user's council's active
     * teams, by name or alias, stored by name). A claim naming another council's team, an inactive team or no team at
     * all is not stored: the user keeps their team, signs in with the token's roles, and the trail says why.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Southvale Panel", "Old Panel", "Scrutinny"})
    void a_team_claim_that_is_no_active_team_of_the_users_council_is_not_stored_and_the_sign_in_goes_ahead(
            String claimed) {
        UserAccount account = patInCouncil1();
        account.setTeam("Scrutiny");

        OidcUser user = signIn.loadUser(request("sub-pat", Map.of("preferred_username", "pat.reid",
                "roles", List.of("Panel"), "team", claimed)));

        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PANEL_VIEWER");
        assertThat(account.getTeam()).isEqualTo("Scrutiny");
        verify(trail).record(eq("pat.reid"), eq(ProviderSignIn.TEAM_NOT_TAKEN), eq("user"), eq("pat.reid"),
                eq("by Police: team \u201c" + claimed + "\u201d (claim team) not taken: no active team of the user's "
                        + "council has that name or alias; team kept: Scrutiny"), any(),
                eq(AuditTrail.Outcome.FAILURE), eq(1L));
        verify(trail).record(eq("pat.reid"), eq("USER_ROLES_CHANGED"), eq("user"), eq("pat.reid"),
                eq("by Police: roles [AUDITOR] -> [PANEL_VIEWER], team Scrutiny -> Scrutiny"), any(),
                eq(AuditTrail.Outcome.SUCCESS), eq(1L));
    }

    @Test
    void a_user_of_another_council_gets_no_team_of_the_installation_council_and_the_refusal_is_in_their_trail() {
        UserAccount account = new UserAccount("sam.south", "Sam South", "{bcrypt}unusable", NOW);
        account.signsInWith("police", "sub-sam");
        account.setRoles(Set.of(Role.AUDITOR));
        account.joinCouncil(2L);
        when(users.findByIdentityProviderAndProviderSubject("police", "sub-sam")).thenReturn(Optional.of(account));

        signIn.loadUser(request("sub-sam", Map.of("preferred_username", "sam.south", "roles", List.of("Auditor"),
                "team", "Scrutiny")));

        assertThat(account.getTeam()).isNull();
        verify(trail).record(eq("sam.south"), eq(ProviderSignIn.TEAM_NOT_TAKEN), eq("user"), eq("sam.south"),
                contains("\u201cScrutiny\u201d"), any(), eq(AuditTrail.Outcome.FAILURE), eq(2L));
    }

    /**
     * Issue 25: nobody is signed in during a sign-in, so the current council is always the installation's; the rows a
     * sign-in writes about a user of another council go to that council's trail, which its administrators read.
     */
    @Test
    void a_sign_in_records_a_user_of_another_council_in_that_councils_trail() {
        UserAccount account = new UserAccount("sam.south", "Sam South", "{bcrypt}unusable", NOW);
        account.signsInWith("police", null);
        account.setRoles(Set.of(Role.AUDITOR));
        account.joinCouncil(2L);
        when(users.findByUsernameKey("sam.south")).thenReturn(Optional.of(account));

        signIn.loadUser(request("sub-sam", Map.of("preferred_username", "sam.south", "roles", List.of("Panel"),
                "team", "Southvale Panel")));

        assertThat(account.getTeam()).isEqualTo("Southvale Panel");
        verify(trail).record(eq("sam.south"), eq("USER_PROVIDER_BOUND"), eq("user"), eq("sam.south"),
                contains("sub-sam"), any(), eq(AuditTrail.Outcome.SUCCESS), eq(2L));
        verify(trail).record(eq("sam.south"), eq("USER_ROLES_CHANGED"), eq("user"), eq("sam.south"),
                eq("by Police: roles [AUDITOR] -> [PANEL_VIEWER], team null -> Southvale Panel"), any(),
                eq(AuditTrail.Outcome.SUCCESS), eq(2L));
        verify(trail, never()).record(any(), any(), any(), any(), any(), any(), any(), eq(1L));
        verify(trail, never()).record(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void a_team_claim_naming_an_alias_is_stored_as_its_teams_name_and_a_user_of_two_councils_may_have_either() {
        UserAccount account = patInCouncil1();
        signIn.loadUser(request("sub-pat", Map.of("preferred_username", "pat.reid", "roles", List.of("Auditor"),
                "team", "panel  SCRUTINY")));
        assertThat(account.getTeam()).isEqualTo("Scrutiny");

        account.joinCouncil(2L);
        when(users.findByIdentityProviderAndProviderSubject("police", "sub-pat")).thenReturn(Optional.of(account));
        signIn.loadUser(request("sub-pat", Map.of("preferred_username", "pat.reid", "roles", List.of("Auditor"),
                "team", "Southvale Panel")));
        assertThat(account.getTeam()).isEqualTo("Southvale Panel");
        verify(trail, never()).record(any(), eq(ProviderSignIn.TEAM_NOT_TAKEN), any(), any(), any(), any(), any(),
                any());
    }

    @Test
    void someone_nobody_created_is_refused_when_users_are_pre_provisioned() {
        when(users.findByUsernameKey("stranger")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> signIn.loadUser(request("sub-x", Map.of("preferred_username", "stranger",
                "roles", List.of("Auditor")))))
                .isInstanceOfSatisfying(ProviderSignIn.Refused.class, refused -> {
                    assertThat(refused.getError().getErrorCode()).isEqualTo(ProviderSignIn.NOT_REGISTERED);
                    assertThat(refused.getMessage()).isEqualTo("You are not registered in the Case Audit Workbench. "
                            + "Ask your administrator to add you.");
                    assertThat(refused.detail()).isEqualTo("Police: no workbench user stranger (pre-provisioned users "
                            + "only)");
                });
    }

    @Test
    void a_disabled_user_is_refused_whatever_the_provider_says() {
        UserAccount account = new UserAccount("pat.reid", "Pat Reid", "{bcrypt}unusable", NOW);
        account.signsInWith("police", "sub-pat");
        account.setEnabled(false);
        when(users.findByIdentityProviderAndProviderSubject("police", "sub-pat")).thenReturn(Optional.of(account));
        assertThatThrownBy(() -> signIn.loadUser(request("sub-pat", Map.of("preferred_username", "pat.reid",
                "roles", List.of("Panel")))))
                .isInstanceOfSatisfying(ProviderSignIn.Refused.class, refused ->
                        assertThat(refused.getError().getErrorCode()).isEqualTo(ProviderSignIn.DISABLED));
    }

    @Test
    void a_local_account_is_never_taken_over_by_a_provider_user_of_the_same_name() {
        when(users.findByUsernameKey("admin")).thenReturn(Optional.of(new UserAccount("admin", "Ada", "{bcrypt}x",
                NOW)));
        assertThatThrownBy(() -> signIn.loadUser(request("sub-a", Map.of("preferred_username", "ADMIN",
                "roles", List.of("Auditor")))))
                .isInstanceOfSatisfying(ProviderSignIn.Refused.class, refused ->
                        assertThat(refused.getError().getErrorCode()).isEqualTo(ProviderSignIn.USERNAME_TAKEN));
    }
}
