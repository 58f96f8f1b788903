package org.caseaudit.cases;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.calendar.TimescaleRulesChanged;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the stored timescale statuses current without waiting for a reader (decision 0015): after a calendar or rule
 * change commits, every case of the council is evaluated again; each night, the cases whose status can change only
 * because the day moved (pending and now past due) are. Both run {@link TimescaleStatusStore#current}, which a reader
 * also runs, so a missed night or a change made on another node is caught up by the first reader.
 */
@Component
class TimescaleStatusJobs {

    private final TimescaleStatusStore statuses;

    TimescaleStatusJobs(TimescaleStatusStore statuses) {
        this.statuses = statuses;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TimescaleRulesChanged change) {
        // a calendar version is every council's; a rule is one council's (the others find theirs current at once)
        statuses.councils().forEach(statuses::current);
    }

    /** Just after midnight in London, when "today" moves on. */
    @Scheduled(cron = "${caseaudit.timescales.refresh-cron:0 5 0 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "timescale-status-refresh", lockAtLeastFor = "PT1M")
    public void nightly() {
        statuses.councils().forEach(statuses::current);
    }
}
