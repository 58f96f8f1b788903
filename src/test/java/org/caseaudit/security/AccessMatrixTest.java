package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every route carries an access annotation, and together they say exactly what the access matrix says. */
class AccessMatrixTest {

    @Test
    void every_route_has_an_access_annotation() {
        assertThat(AccessMatrix.routes()).allSatisfy((route, view) ->
                assertThat(AccessMatrix.declared(view)).as("access annotation on %s (route '%s')",
                view.getName(), route)
                        .isNotNull());
    }

    @Test
    void the_routes_and_their_roles_equal_the_expected_matrix() {
        Map<String, Set<Role>> declared = new TreeMap<>();
        AccessMatrix.routes().forEach((route, view) -> declared.put(route, AccessMatrix.declared(view)));
        assertThat(declared).isEqualTo(new TreeMap<>(AccessMatrix.expected()));
    }
}
