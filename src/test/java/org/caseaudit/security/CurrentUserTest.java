package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {

    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_write_names_the_signed_in_user() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "auditor", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))));

        assertThat(currentUser.required()).isEqualTo("auditor");
    }

    @Test
    void a_write_is_refused_when_nobody_or_an_anonymous_visitor_is_signed_in() {
        assertThatThrownBy(currentUser::required).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Nobody is signed in");
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertThatThrownBy(currentUser::required).isInstanceOf(AccessDeniedException.class);
    }
}
