package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** A failed sign-in in the audit trail says why in plain words, never an exception's class name. */
class SignInFailureReasonTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new BadCredentialsException("x"), "Wrong username or password"),
                Arguments.of(new LockedException("x"), "Account locked after repeated failed sign-ins"),
                Arguments.of(new DisabledException("x"), "Account disabled"),
                Arguments.of(new AccountExpiredException("x"), "Account expired"),
                Arguments.of(new CredentialsExpiredException("x"), "Password expired"),
                Arguments.of(new AuthenticationServiceException("x"), "Sign-in refused"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void the_reason_is_plain(AuthenticationException failure, String reason) {
        assertThat(SignInAuditListener.reason(failure)).isEqualTo(reason).doesNotContain("Exception");
    }
}
