package org.caseaudit.security;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseaudit.security.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-in with OpenID Connect identity providers ({@link OidcSettings}). The beans that need a provider exist only
 * when at least one is configured, so that without one the application is exactly the form sign-in it was.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

    @Bean
    SignInOptions signInOptions(OidcSettings settings,
                                @Value("${caseaudit.login.local:true}") boolean localLogin) {
        settings.check(localLogin);
        return new SignInOptions(localLogin, settings.providersOrNone().entrySet().stream()
                .map(e -> new SignInOptions.ProviderButton(e.getKey(), e.getValue().name(),
                        "oauth2/authorization/" + e.getKey()))
                .toList());
    }

    /** True when {@code caseaudit.oidc.providers} has at least one provider. */
    static final class ProvidersConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("caseaudit.oidc.providers", Bindable.mapOf(String.class, Object.class))
                    .map(map -> !map.isEmpty()).orElse(false);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ProvidersConfigured.class)
    static class WithProviders {

        @Bean
        ClientRegistrationRepository clientRegistrationRepository(OidcSettings settings) {
            return new DiscoveredRegistrations(settings);
        }

        /**
         * The checks of every ID token: issuer and audience against the configuration (Microsoft's shared signing
         * keys sign tokens of every tenant, so the signature alone proves little), then its times on the
         * application's clock within the configured skew, then the rest of OpenID Connect's rules (subject,
         * authorised party). The nonce is checked by Spring Security against the one this sign-in sent.
         */
        @Bean
        JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(OidcSettings settings, Clock clock) {
            OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
            factory.setJwtValidatorFactory(registration -> {
                JwtTimestampValidator times = new JwtTimestampValidator(settings.clockSkew());
                times.setClock(clock);
                OidcIdTokenValidator oidc = new OidcIdTokenValidator(registration);
                oidc.setClockSkew(settings.clockSkew());
                oidc.setClock(clock);
                String clientId = registration.getClientId();
                return new DelegatingOAuth2TokenValidator<>(
                        new JwtIssuerValidator(registration.getProviderDetails().getIssuerUri()),
                        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                                audience -> audience != null && audience.contains(clientId)),
                        times, oidc);
            });
            return factory;
        }

        @Bean
        ProviderSignIn providerSignIn(OidcSettings settings, UserAccountRepository users, AuditTrail trail,
                                      UserSessions sessions, PasswordEncoder encoder, Clock clock,
                                      PlatformTransactionManager transactions, JdbcTemplate jdbc) {
            return new ProviderSignIn(settings, users, trail, sessions, encoder, clock, transactions,
                    councilId -> new TeamDirectory(TeamService.teamsOf(jdbc, councilId)));
        }

        @Bean
        ProviderSignInFailure providerSignInFailure(OidcSettings settings, RefusalLog refusals) {
            return new ProviderSignInFailure(settings, refusals);
        }
    }

    /**
     * The providers' registrations, each read from its discovery document when first needed (and kept), so that
     * the application starts, and local sign-in works, while a provider cannot be reached.
     */
    static final class DiscoveredRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

        private final OidcSettings settings;
        private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

        DiscoveredRegistrations(OidcSettings settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            OidcSettings.Provider provider = settings.providersOrNone().get(registrationId);
            if (provider == null) {
                return null;
            }
            return discovered.computeIfAbsent(registrationId, id -> registration(id, provider));
        }

        private static ClientRegistration registration(String id, OidcSettings.Provider provider) {
            boolean publicClient = provider.clientSecret() == null || provider.clientSecret().isBlank();
            ClientRegistration.Builder builder = ClientRegistrations.fromOidcIssuerLocation(
                    provider.issuerUri().strip())
                    .registrationId(id)
                    .clientName(provider.name())
                    .clientId(provider.clientId())
                    .scope(provider.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .userNameAttributeName("sub")
                    // PKCE for every client, confidential ones too (RFC 9700)
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
            if (publicClient) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(provider.clientSecret());
            }
            return builder.build();
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            return settings.providersOrNone().keySet().stream().map(this::findByRegistrationId).iterator();
        }
    }
}
