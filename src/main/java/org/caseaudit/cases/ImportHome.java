package org.caseaudit.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.HomeItem;
import org.caseaudit.shared.HomeSection;
import org.caseaudit.shared.ui.Formats;
import org.springframework.core.annotation.Order;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Administrators: the last case import, how old it is and how it ended. */
@Configuration(proxyBeanMethods = false)
class ImportHome {

    @Bean
    @Order(60)
    HomeSection lastImport(JdbcTemplate jdbc, Clock clock, CurrentCouncil council) {
        return HomeSection.of(Set.of(Roles.ADMIN), "Case imports",
                "Nothing needs you here now.", () -> items(jdbc, clock, council.id()));
    }

    static List<HomeItem> items(JdbcTemplate jdbc, Clock clock, long councilId) {
        List<HomeItem> last = jdbc.query("""
                SELECT file_name, status, COALESCE(finished_at, started_at), channel FROM case_import
                WHERE council_id = ? ORDER BY started_at DESC, id DESC LIMIT 1""", (rs, n) -> {
            Instant at = rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            return new HomeItem("last-import", "Last import: " + rs.getString(1) + " (" + rs.getString(4) + "), "
                    + rs.getString(2).toLowerCase(java.util.Locale.UK) + " on " + Formats.dateTime(at) + ", "
                    + age(Duration.between(at, clock.instant())) + ".", "Import cases", "cases/import");
        }, councilId);
        return last.isEmpty() ? List.of(new HomeItem("last-import", "No case export has been imported yet "
                + "(the demo register was generated).", "Import cases", "cases/import")) : last;
    }

    /** "3 days old", "5 hours old", "just now". */
    static String age(Duration d) {
        if (d.isNegative() || d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes") + " old";
        }
        if (d.toDays() < 1) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours") + " old";
        }
        return d.toDays() + (d.toDays() == 1 ? " day" : " days") + " old";
    }
}
