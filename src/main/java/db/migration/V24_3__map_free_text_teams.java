package db.migration;

import org.caseaudit.security.internal.TeamAdoption;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Maps the free-text teams already stored (the register's case_team and users' teams) onto the team table: the
 * register's spellings become teams, another spelling of the same words ("North Assessment Team" for "Assessment Team
 * North") becomes an alias, users' teams are rewritten to their team's name, and team managers are recorded as
 * managers of their team. The same mapping runs on the demo data after it is loaded.
 */
public class V24_3__map_free_text_teams extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        TeamAdoption.adopt(jdbc, null, "migration");
    }
}
