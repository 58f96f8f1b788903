package org.caseaudit.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.caseaudit.security.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * JSR-250 method security ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}) on every bean but Vaadin
     * components: the services' checks, as Spring Security's {@code jsr250Enabled} gives them, without its proxy
     * around each view and layout. A view's {@code @RolesAllowed} is Vaadin's navigation check (the access matrix);
     * as a proxy it also checked every call Vaadin made on the view, matched each method against the pointcut again
     * for every new view (each proxy computes its own advice chain) and built the main layout again on every
     * navigation: a tenth of the view tests' CPU, and paid on every page a user opens (decision 0043).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationOutsideViews(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        Pointcut outsideComponents = new ComposablePointcut(standard.getPointcut())
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                outsideComponents, new Jsr250AuthorizationManager());
        interceptor.setOrder(standard.getOrder());
        interceptor.setSecurityContextHolderStrategy(strategy.getIfAvailable(
                SecurityContextHolder::getContextHolderStrategy));
        return interceptor;
    }

    /** Vaadin needs inline styles and its own inline bootstrap script; everything else is same-origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                                  SignInGuard signInGuard, SessionLifetime sessionLifetime,
                                                  SignInFlow signInFlow,
                                                  ObjectProvider<ClientRegistrationRepository> providers,
                                                  ObjectProvider<ProviderSignIn> providerSignIn,
                                                  ObjectProvider<ProviderSignInFailure> providerFailure)
            throws Exception {
        ClientRegistrationRepository registrations = providers.getIfAvailable();
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (registrations != null) {
                vaadin.logoutSuccessHandler(providerSignOut(registrations));
            }
        });
        if (registrations != null) {
            // Sign-in with the identity providers: authorization code with PKCE, state and nonce (Spring Security's
            // OAuth2 client), the ID token checked by OidcConfiguration's validators, the workbench user by
            // ProviderSignIn. Session fixation protection and the session registry apply as to the form.
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(providerSignIn.getObject()))
                    .failureHandler(providerFailure.getObject()));
        }
        // After the password, a second step (two-factor code, enrolment, a forced password change) when one is due.
        http.formLogin(form -> form.withObjectPostProcessor(
                new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                signInFlow.wrap(filter);
                return filter;
            }
        }));
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                // every session is registered, so that an administrator's change can end a user's sessions at once
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new SimpleRedirectSessionInformationExpiredStrategy("/login",
                        new UidlRedirectStrategy())));
        http.addFilterBefore(signInGuard, UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(sessionLifetime, ConcurrentSessionFilter.class);
        http.headers(headers -> headers
                // Vaadin writes its pages straight to the servlet response, so headers written lazily at commit
                // never reached them: write them before the request is handled.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // HSTS on every request the application knows came over HTTPS (behind a proxy: set
                // SERVER_FORWARD_HEADERS_STRATEGY); ProductionChecks warns when that is missing.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Sign-out of a provider user ends the workbench session and then sends the browser to the provider's end-session
     * endpoint (RP-initiated logout), which returns to the sign-in page; a local user goes straight there.
     */
    private static LogoutSuccessHandler providerSignOut(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    /**
     * Passwords are stored as {@code {bcrypt}} hashes of cost {@code caseaudit.security.password-hash-cost} (log2 of
     * the rounds; 10, BCrypt's default and Spring Security's, unless set). The test profile sets BCrypt's minimum, 4:
     * hashing the fixtures' and the demo users' passwords at 10 took a twentieth of the unit tests' CPU. A start with
     * a cost under 10 logs a production-hardening warning ({@link ProductionChecks}). Hashes of other ids and costs
     * still match (Spring Security's delegating encoder).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${caseaudit.security.password-hash-cost:10}") int cost) {
        return bcryptOfCost(cost);
    }

    /** The encoder {@link #passwordEncoder(int)} gives, for a BCrypt cost from 4 to 31. */
    static PasswordEncoder bcryptOfCost(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("caseaudit.security.password-hash-cost must be from 4 to 31 (BCrypt's"
                    + " log2 rounds), not " + cost);
        }
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
        // hashes of the other ids Spring Security knows ({noop}, {pbkdf2}, ...) match as before
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end (time-out, sign-out), so it does not keep them. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignInGuard signInGuard(Clock clock, LoginAttempts attempts, RefusalLog refusals,
                            @Value("${caseaudit.login.per-address.attempts:20}") int perAddress,
                            @Value("${caseaudit.login.per-address.period:PT10M}") Duration perAddressPeriod,
                            @Value("${caseaudit.login.all-addresses.attempts:100}") int all,
                            @Value("${caseaudit.login.all-addresses.period:PT1M}") Duration allPeriod,
                            SignInOptions options) {
        return new SignInGuard(clock, attempts, refusals, perAddress, perAddressPeriod, all, allPeriod,
                options.localLogin());
    }

    /**
     * The filters above belong to the security chain only; as beans Spring Boot would also run them for every request.
     */
    @Bean
    FilterRegistrationBean<SignInGuard> signInGuardOutsideTheChain(SignInGuard filter) {
        FilterRegistrationBean<SignInGuard> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SessionLifetime sessionLifetime(Clock clock, AuditTrail trail,
                                    @Value("${server.servlet.session.timeout:30m}") Duration idle,
                                    @Value("${caseaudit.session.lifetime:PT10H}") Duration lifetime) {
        return new SessionLifetime(clock, idle, lifetime, trail, new UidlRedirectStrategy());
    }

    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetimeOutsideTheChain(SessionLifetime filter) {
        FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
