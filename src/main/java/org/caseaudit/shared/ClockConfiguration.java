package org.caseaudit.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all rules, so that tests can fix "today". The zone is the organisation's (Europe/London). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${caseaudit.zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
