package org.caseaudit.installation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * First start: the installation council's creation time comes from the application's clock (V48 leaves it empty on a
 * fresh installation), before any other start-up work reads it. Does nothing on later starts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstallationCouncilStamp implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InstallationCouncilStamp(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.update("UPDATE council SET created_at = ? WHERE created_at IS NULL", Timestamp.from(clock.instant()));
    }
}
