-- Stored timescale statuses (issue 25, decision 0015): one row per case and measure, as CaseTimescales.evaluate
-- gives it on evaluated_on, so the register's status filter and the deadline monitor read an index instead of
-- evaluating every case per request. case_reference and source are copied from case_record (they never change for a
-- case: they are its import key) in binary collation, so the filter's order is the order the register always gave.
CREATE TABLE case_timescale_status (
    council_id         BIGINT       NOT NULL DEFAULT 1,
    case_id            BIGINT       NOT NULL,
    measure            VARCHAR(30)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    due_date           DATE         NULL,
    working_days_taken INT          NULL,
    case_reference     VARCHAR(60)  NOT NULL COLLATE utf8mb4_bin,
    source             VARCHAR(60)  NOT NULL COLLATE utf8mb4_bin,
    evaluated_on       DATE         NOT NULL,
    calendar_version   BIGINT       NOT NULL,
    PRIMARY KEY (case_id, measure),
    CONSTRAINT fk_case_timescale_status_case FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE,
    -- the register's status filter: first page in register order
    INDEX ix_case_timescale_status_filter (council_id, measure, status, case_reference, source),
    -- the deadline monitor (overdue; pending by due date) and the nightly refresh (pending past due)
    INDEX ix_case_timescale_status_due (council_id, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per council: the day, calendar version and timescale rules the stored statuses are current for. A reader finding
-- them out of date refreshes first (under this row's lock), so a stored status always equals the computed one. The
-- seeded row is out of date on purpose: the first use (or the nightly job) fills the table for existing cases.
CREATE TABLE case_timescale_refresh (
    council_id       BIGINT      NOT NULL PRIMARY KEY,
    refreshed_on     DATE        NOT NULL,
    calendar_version BIGINT      NOT NULL,
    rule_version     VARCHAR(64) NOT NULL,
    refreshed_at     DATETIME(6) NULL,
    cases_refreshed  INT         NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO case_timescale_refresh (council_id, refreshed_on, calendar_version, rule_version)
VALUES (1, '1970-01-01', -1, '');
