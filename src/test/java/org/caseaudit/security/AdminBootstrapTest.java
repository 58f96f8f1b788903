package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminBootstrapTest {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final AuditTrail trail = mock(AuditTrail.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final UserService userService = mock(UserService.class);

    private AdminBootstrap bootstrap(String configuredPassword) {
        return new AdminBootstrap(users, encoder, userService, trail, clock, configuredPassword);
    }

    @Test
    void an_empty_database_gets_an_administrator_with_the_configured_password() {
        when(users.count()).thenReturn(0L);
        bootstrap("a long configured passphrase").run(null);

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).isEqualTo(Set.of(Role.ADMIN));
        assertThat(encoder.matches("a long configured passphrase", saved.getValue().getPasswordHash())).isTrue();
        verify(trail).record(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void without_a_configured_password_one_is_generated() {
        when(users.count()).thenReturn(0L);
        when(userService.generatePassword()).thenReturn("Abcd-Efgh-Jkmn-Pqrs");
        bootstrap("").run(null);

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(encoder.matches("Abcd-Efgh-Jkmn-Pqrs", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void a_database_with_users_is_left_alone() {
        when(users.count()).thenReturn(3L);
        bootstrap("a long configured passphrase").run(null);
        verify(users, never()).save(any());
    }

    @Test
    void a_weak_configured_password_stops_the_start_with_the_reason() {
        when(users.count()).thenReturn(0L);
        assertThatThrownBy(() -> bootstrap("admin123").run(null))
                .hasMessageContaining("CASEAUDIT_ADMIN_PASSWORD").hasMessageContaining("at least 12 characters");
        verify(users, never()).save(any());
    }
}
