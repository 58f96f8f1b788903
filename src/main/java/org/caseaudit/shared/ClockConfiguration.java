package org.caseaudit.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for all rules, so that tests can fix "today". The zone is the organisation's (Europe/London).
 * {@code caseaudit.clock.fixed} stops the clock at one moment (the test profile does; production leaves it unset and
 * runs on the system clock). Times the database stamps itself (row defaults, system-versioned periods, the audit
 * trail) stay on the database server's clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${caseaudit.zone:Europe/London}") String zone,
                @Value("${caseaudit.clock.fixed:}") String fixed) {
        ZoneId zoneId = ZoneId.of(zone);
        return fixed.isBlank() ? Clock.system(zoneId) : Clock.fixed(fixedInstant(fixed.strip(), zoneId), zoneId);
    }

    /**
     * An instant with an offset ({@code 2026-11-20T10:00:00Z}, {@code 2027-03-28T00:30+00:00}) or a local date-time
     * in the organisation's zone ({@code 2026-12-31T23:30}; in a spring-forward gap it moves on by the gap's length,
     * at an autumn overlap it takes the earlier of the two moments).
     */
    static Instant fixedInstant(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("caseaudit.clock.fixed: \"" + text + "\" is neither an instant "
                        + "such as 2026-11-20T10:00:00Z nor a local date-time such as 2026-11-20T10:00", e);
            }
        }
    }
}
