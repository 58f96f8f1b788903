package org.caseaudit.security.internal;

import java.time.Clock;
import org.caseaudit.shared.DemoData;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps the demo register's and demo users' free-text teams onto the team table, after both are loaded and before
 * the demo cycles are assigned (so the conflict-of-interest rule sees "North Assessment Team" and "Assessment Team
 * North" as one team).
 */
@Component
@Order(30)
class TeamDemoData implements DemoData {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentCouncil council;

    TeamDemoData(JdbcTemplate jdbc, Clock clock, CurrentCouncil council) {
        this.jdbc = jdbc;
        this.council = council;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        TeamAdoption.adopt(jdbc, clock.instant(), "demo", council.id());
    }
}
