package org.caseaudit.reports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReportConfiguration {

    /**
     * Two reports at a time: the cores are shared with the web requests; up to 50 more wait. A plain
     * {@link ExecutorService}, not a Spring {@code TaskExecutor}: Vaadin uses the application's single TaskExecutor
     * bean and refuses to start when there are two.
     */
    @Bean(name = "reportExecutor", destroyMethod = "shutdownNow")
    ExecutorService reportExecutor() {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(50), r -> {
            Thread t = new Thread(r, "report-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
