package org.caseaudit.shared;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(100)
@ConditionalOnProperty(name = "caseaudit.demo-data", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoData> demoData;

    DemoDataRunner(List<DemoData> demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoData data : demoData) {
            data.load();
        }
        log.info("Demo data ready ({} sets)", demoData.size());
    }
}
