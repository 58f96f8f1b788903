package org.caseaudit.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseaudit.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The signed-in user's role under their name reads as words for every role (a new role once showed TEAM_MANAGER). */
class RoleLabelTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_is_shown_by_its_label(Role role) {
        assertThat(MainLayout.roleLabel(role.name())).isEqualTo(role.label());
    }
}
