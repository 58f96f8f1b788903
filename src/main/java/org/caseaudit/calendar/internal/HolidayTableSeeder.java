package org.caseaudit.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.CalendarChangeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds version 1 of the bank-holiday table from the bundled GOV.UK file when the table is empty. Done in
 * application code (not a Flyway migration) so the data file stays one resource the tests read too; it runs
 * after all beans exist and before any ApplicationRunner (demo data) or request, so no one sees an empty table.
 */
@Component
class HolidayTableSeeder implements SmartInitializingSingleton {

    static final String RESOURCE = "calendar/uk-bank-holidays.json";
    private static final Logger log = LoggerFactory.getLogger(HolidayTableSeeder.class);

    private final CalendarVersionRepository versions;
    private final CalendarVersionWriter writer;
    private final TransactionTemplate transaction;

    HolidayTableSeeder(CalendarVersionRepository versions, CalendarVersionWriter writer,
            PlatformTransactionManager transactions) {
        this.versions = versions;
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            transaction.executeWithoutResult(status -> seedIfEmpty());
        } catch (DataIntegrityViolationException e) {
            log.info("Bank-holiday table was seeded by another instance at the same time");
        }
    }

    private void seedIfEmpty() {
        if (versions.count() > 0) {
            return;
        }
        byte[] content = read();
        // The file is the GOV.UK feed, published under the Open Government Licence v3.0 (see calendar/NOTICE).
        List<BankHoliday> holidays = GovUkHolidayFile.parse(RESOURCE, content);
        int first = holidays.getFirst().date().getYear();
        int last = holidays.getLast().date().getYear();
        writer.write(1, CalendarChangeType.SEED,
                "GOV.UK bank holidays, England and Wales, " + first + "-" + last + " (Open Government Licence v3.0)",
                "uk-bank-holidays.json", GovUkHolidayFile.sha256(content), holidays, "system");
        log.info("Seeded bank-holiday table version 1: {} dates, {}-{}", holidays.size(), first, last);
    }

    private static byte[] read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
