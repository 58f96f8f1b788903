package org.caseaudit.cases.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.caseaudit.cases.CaseImportService;
import org.caseaudit.cases.IntegrationTokenService;
import org.caseaudit.shared.council.CouncilScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against integration accounts. Not a bean on purpose: as a
 * bean Spring Boot would also register it for every request, outside the API chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PRINCIPAL_PREFIX = "integration:";

    private final IntegrationTokenService tokens;
    private final ApplicationEventPublisher auditTrail;

    BearerTokenFilter(IntegrationTokenService tokens, ApplicationEventPublisher auditTrail) {
        this.tokens = tokens;
        this.auditTrail = auditTrail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : null;
        Optional<Long> council = token == null ? Optional.empty() : tokens.councilOf(token);
        if (council.isEmpty()) {
            authenticateAndContinue(token, request, response, chain);
            return;
        }
        // the token's council: every query of the call reads and writes that council's rows only (decision 0012)
        Exception[] failure = {null};
        CouncilScope.run(council.get(), () -> {
            try {
                authenticateAndContinue(token, request, response, chain);
            } catch (IOException | ServletException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof IOException e) {
            throw e;
        } else if (failure[0] instanceof ServletException e) {
            throw e;
        }
    }

    private void authenticateAndContinue(String token, HttpServletRequest request, HttpServletResponse response,
                                         FilterChain chain) throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        if (token != null) {
            Optional<IntegrationTokenService.Authenticated> account = tokens.authenticate(token);
            if (account.isPresent()) {
                SecurityContext context = strategy.createEmptyContext();
                List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
                authorities.add(new SimpleGrantedAuthority("ROLE_" + CaseImportService.INTEGRATION_ROLE));
                account.get().scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        PRINCIPAL_PREFIX + account.get().name(), null, authorities));
                strategy.setContext(context);
            } else {
                auditTrail.publishEvent(new org.caseaudit.cases.CaseTrail.TokenRejected(request.getRequestURI(),
                        request.getRemoteAddr()));
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}
