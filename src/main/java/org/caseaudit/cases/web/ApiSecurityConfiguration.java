package org.caseaudit.cases.web;

import java.nio.charset.StandardCharsets;
import org.caseaudit.cases.IntegrationTokenService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * A separate, stateless filter chain for the HTTP API ({@code /api/**}) only: bearer tokens of integration
 * accounts, no session, no CSRF (no cookies are involved), no login page. It comes before the main (Vaadin) chain.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain caseApiFilterChain(HttpSecurity http, IntegrationTokenService tokens,
            ApplicationEventPublisher auditTrail)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                // Each endpoint needs the token's scope too (an expired token authenticates nobody).
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/imports")
                        .hasAuthority(org.caseaudit.cases.IntegrationScope.IMPORT.authority())
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/cases.csv")
                        .hasAuthority(org.caseaudit.cases.IntegrationScope.EXPORT.authority())
                        .anyRequest().hasRole(org.caseaudit.cases.CaseImportService.INTEGRATION_ROLE))
                .addFilterBefore(new BearerTokenFilter(tokens, auditTrail), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setStatus(401);
                            response.setHeader("WWW-Authenticate", "Bearer");
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            response.getOutputStream().write(
                                    "{\"error\":\"A valid bearer token of an integration account is required.\"}"
                                            .getBytes(StandardCharsets.UTF_8));
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            response.setStatus(403);
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            response.getOutputStream().write(
                                    "{\"error\":\"Forbidden: this token's scope does not include this request.\"}"
                                            .getBytes(StandardCharsets.UTF_8));
                        }));
        return http.build();
    }
}
