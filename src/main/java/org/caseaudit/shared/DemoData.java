package org.caseaudit.shared;

/**
 * A feature's demonstration data. Implementations are Spring beans, ordered with {@code @Order}, loaded at start when
 * {@code caseaudit.demo-data=true} (the embedded default and the test profile). They must be deterministic and
 * idempotent: loading twice changes nothing.
 */
public interface DemoData {

    void load();
}
