package org.caseaudit.cases;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.caseaudit.calendar.TimescaleRulesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the stored timescale statuses current without waiting for a reader (decisions 0015, 0023): after a calendar
 * or rule change commits, every case of the council is evaluated again on a background thread, so the administrator's
 * save returns at once; each night, the cases whose status can change only because the day moved (pending and now
 * past due) are. Both run {@link TimescaleStatusStore#current}, which a reader also runs (it refreshes first when the
 * stored rows are not current, under the same row lock), so a reader arriving before the background refresh ends,
 * a missed night or a change made on another node still never sees a stale status.
 */
@Component
class TimescaleStatusJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TimescaleStatusJobs.class);

    private final TimescaleStatusStore statuses;
    /** One refresh at a time: they take the councils' row locks in the same order, and the cores are shared. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timescale-status-refresh");
        t.setDaemon(true);
        return t;
    });

    TimescaleStatusJobs(TimescaleStatusStore statuses) {
        this.statuses = statuses;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(TimescaleRulesChanged change) {
        // a calendar version is every council's; a rule is one council's (the others find theirs current at once)
        background.execute(() -> {
            try {
                statuses.councils().forEach(statuses::current);
            } catch (RuntimeException e) {
                // the next reader or the nightly job refreshes instead
                log.warn("Refresh of timescale statuses after {} failed", change.what(), e);
            }
        });
    }

    /** Just after midnight in London, when "today" moves on. */
    @Scheduled(cron = "${caseaudit.timescales.refresh-cron:0 5 0 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "timescale-status-refresh", lockAtLeastFor = "PT1M")
    public void nightly() {
        statuses.councils().forEach(statuses::current);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
