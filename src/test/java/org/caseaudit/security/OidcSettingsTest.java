package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The provider settings checked at start, the role mapping, and the plain reason a refused token is given. */
class OidcSettingsTest {

    private static OidcSettings.Provider provider(String issuer, Map<Role, List<String>> roles) {
        return new OidcSettings.Provider("Council A", issuer, "client", "secret", List.of("openid"),
                "preferred_username", List.of("roles", "groups"), null, roles);
    }

    private static OidcSettings settings(String id, String issuer, Duration skew) {
        return new OidcSettings(Map.of(id, provider(issuer, Map.of(Role.AUDITOR, List.of("Auditor")))),
                OidcSettings.Provisioning.PRE_PROVISIONED, skew);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            council-a | https://login.microsoftonline.com/3f2504e0-4f89-11d3-9a0c-0305e82c3301/v2.0 | PT60S |
            council-a | https://login.microsoftonline.com/common/v2.0        | PT60S | Microsoft's shared issuer
            council-a | https://login.microsoftonline.com/organizations/v2.0 | PT60S | Microsoft's shared issuer
            council-a | https://idp.example.org                              | PT6M  | clock-skew must be between
            Council_A | https://idp.example.org                              | PT60S | must be lower-case
            police    | ''                                                   | PT60S | issuer-uri is not set
            """)
    void settings_are_checked_at_start(String id, String issuer, String skew, String problem) {
        OidcSettings settings = settings(id, issuer, Duration.parse(skew));
        if (problem == null) {
            settings.check(false);
        } else {
            assertThatThrownBy(() -> settings.check(true)).hasMessageContaining(problem);
        }
    }

    @org.junit.jupiter.api.Test
    void local_sign_in_cannot_be_switched_off_without_a_provider() {
        OidcSettings none = new OidcSettings(null, OidcSettings.Provisioning.PRE_PROVISIONED, Duration.ofSeconds(60));
        none.check(true);
        assertThatThrownBy(() -> none.check(false)).hasMessageContaining("nobody could sign in");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Auditor                                      | AUDITOR
            auditor                                      | AUDITOR
            Auditor,Workbench.Lead                       | AUDITOR,AUDIT_LEAD
            6f1c1b4e-2a39-4a1b-9d8e-0a5f7e3c2b11         | ADMIN
            Constable                                    | ''
            Constable,6f1c1b4e-2a39-4a1b-9d8e-0a5f7e3c2b11 | ADMIN
            """)
    void claim_values_map_to_workbench_roles(String values, String roles) {
        OidcSettings.Provider provider = provider("https://idp.example.org", Map.of(
                Role.AUDITOR, List.of("Auditor"),
                Role.AUDIT_LEAD, List.of("Workbench.Lead"),
                Role.ADMIN, List.of("6f1c1b4e-2a39-4a1b-9d8e-0a5f7e3c2b11")));
        Set<Role> expected = roles == null || roles.isEmpty() ? Set.of() : Arrays.stream(roles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(provider.rolesFor(List.of(values.split(",")))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void role_and_group_claims_may_be_lists_or_single_values() {
        assertThat(ProviderSignIn.claimValues(Map.of("roles", List.of("Auditor", "Lead"), "groups", "g-1"),
                List.of("roles", "groups", "wids"))).containsExactly("Auditor", "Lead", "g-1");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid_id_token                | An error occurred while attempting to decode the Jwt: The iss claim is not valid | another issuer than the one configured
            invalid_id_token                | An error occurred while attempting to decode the Jwt: The aud claim is not valid | another application (audience)
            invalid_id_token                | An error occurred while attempting to decode the Jwt: Jwt expired at 2026-11-20T09:00:00Z | it has expired
            invalid_nonce                   | Invalid nonce                                                                     | (nonce)
            authorization_request_not_found | ''                                                                                | (state)
            access_denied                   | The user cancelled                                                                | cancelled or refused there
            server_error                    | Connection refused                                                                | could not be checked
            """)
    void a_refused_token_is_explained_in_plain_words(String code, String description, String expected) {
        String reason = ProviderSignInFailure.plainReason("Council A", code, description);
        assertThat(reason).startsWith("Sign-in with Council A was refused: ").contains(expected)
                .doesNotContain("Jwt", "claim", "Exception");
    }
}
