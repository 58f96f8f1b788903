package org.caseaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Case Audit Workbench: quality-assurance case audits for children's social care. */
@SpringBootApplication
@EnableScheduling
@EnableResilientMethods // @Retryable on the writes that MariaDB may pick as a deadlock's victim
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
